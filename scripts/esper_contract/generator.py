"""The one module that touches openapi-python-client's internals.

The pipeline, the upgrade command and the tests need a few things that the generator
does not promise to keep where they are: its naming functions (so the normalizer picks
the names the generator will pick), the folder of its own templates (the pristine copies
in templates/upstream/ are checked against it) and its version. They are all reached
through here, so a rename upstream (`strings` was `utils` one patch release earlier) is
a one-line fix in this file.

The naming rules are the generator's own (`openapi_python_client.strings`), restated here
because importing the generator costs 0.35 s, most of what a contract diff takes;
tests/pipeline/test_generator_names.py holds them equal to the installed generator's on
every name of the real upstream, so an upgrade that changes them fails there first.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

DISTRIBUTION = "openapi-python-client"
# The prefix generator-config.yml leaves at its default: a field named `1st` becomes `field_1st`.
FIELD_PREFIX = "field_"


_DELIMITERS = r"\. _-"  # strings.DELIMITERS, backslash included
_WORD = re.compile(rf"[^{re.escape(_DELIMITERS)}]+")
_CASED_WORD = re.compile("([A-Z]?[a-z]+)")


def _words(text: str) -> list[str]:
    """strings.sanitize then strings.split_words."""
    text = "".join(c for c in text if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    if any(c.isupper() for c in text):
        text = " ".join(_CASED_WORD.split(text))
    return _WORD.findall(text)


@cache
def snake_case(text: str) -> str:
    """The generator's snake_case: module, function and argument names."""
    return "_".join(_words(text)).lower()


@cache
def pascal_case(text: str) -> str:
    """The generator's PascalCase: class names."""
    return "".join(word if word.isupper() else word.capitalize() for word in _words(text))


def python_identifier(text: str) -> str:
    """The Python name the generator gives a parameter or property called `text`."""
    from openapi_python_client import strings

    return str(strings.PythonIdentifier(text, FIELD_PREFIX))


def templates_dir() -> Path:
    """The installed generator's own templates (what templates/upstream/ must equal)."""
    import openapi_python_client

    return Path(openapi_python_client.__file__).resolve().parent / "templates"


def installed_version() -> str:
    from importlib import metadata  # not at import time: it costs 20 ms of every diff

    return metadata.version(DISTRIBUTION)


def command(*args: str) -> list[str]:
    """The generator's command line, run by the interpreter running us (the project's venv)."""
    return [sys.executable, "-m", "openapi_python_client", *args]
