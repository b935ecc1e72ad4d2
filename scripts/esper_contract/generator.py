"""The one module that touches openapi-python-client's internals.

The pipeline, the upgrade command and the tests need a few things that the generator
does not promise to keep where they are: its naming functions (so the normalizer picks
the names the generator will pick), the folder of its own templates (the pristine copies
in templates/upstream/ are checked against it) and its version. They are all reached
through here, so a rename upstream (`strings` was `utils` one patch release earlier) is
a one-line fix in this file.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

from openapi_python_client import strings as _strings

DISTRIBUTION = "openapi-python-client"
# The prefix generator-config.yml leaves at its default: a field named `1st` becomes `field_1st`.
FIELD_PREFIX = "field_"


def snake_case(text: str) -> str:
    """The generator's snake_case: module, function and argument names."""
    return _strings.snake_case(text)


def pascal_case(text: str) -> str:
    """The generator's PascalCase: class names."""
    return _strings.pascal_case(text)


def python_identifier(text: str) -> str:
    """The Python name the generator gives a parameter or property called `text`."""
    return str(_strings.PythonIdentifier(text, FIELD_PREFIX))


def templates_dir() -> Path:
    """The installed generator's own templates (what templates/upstream/ must equal)."""
    import openapi_python_client

    return Path(openapi_python_client.__file__).resolve().parent / "templates"


def installed_version() -> str:
    return metadata.version(DISTRIBUTION)


def command(*args: str) -> list[str]:
    """The generator's command line, run by the interpreter running us (the project's venv)."""
    return [sys.executable, "-m", "openapi_python_client", *args]
