"""What changed between two contracts, and whether it breaks users of esper_client.

The generated client turns every operation into a function (module named after the
operationId, package named after the first tag), every parameter into an argument and
every schema into an attrs model or a Literal enum. A change is *breaking* when code
that worked with the old client can fail with the new one: a name it imports or passes
is gone, a value it sends is no longer accepted, or a value it reads may now be missing
or of another type. Widening what the client sends, or narrowing what it reads, is not.

    python scripts/regenerate.py diff OLD NEW [--format text|json|markdown] ...

The package, one concern a module: `kinds` (the table of change kinds), `model` (Change,
DiffResult), `view` (a contract as the generator sees it), `schemas` and `operations`
(the rules), `render` (text, markdown, JSON), `inputs` (files, URLs, git revisions, and
the contract each becomes) and `cli` (the command line).
"""

from __future__ import annotations

from typing import Any

from .cli import main
from .inputs import Preparation, is_contract, load_input, parse, prepare_pair, read_input
from .kinds import KINDS, Kind, markdown_table
from .model import Change, DiffError, DiffResult
from .operations import Differ
from .render import FORMATS, format_json, format_markdown, format_text

__all__ = [
    "FORMATS", "KINDS", "Change", "DiffError", "DiffResult", "Kind", "Preparation",
    "diff_prepared", "diff_specs", "diff_texts", "format_json", "format_markdown",
    "format_text", "is_contract", "load_input", "main", "markdown_table", "parse",
    "read_input",
]  # fmt: skip


def diff_prepared(
    old: dict[str, Any],
    new: dict[str, Any],
    how: Preparation,
    origins: tuple[str, str] = ("the old contract", "the new contract"),
) -> DiffResult:
    """Make both documents contracts as `how` says (inputs.py), then classify every difference."""
    old_contract, new_contract, notes = prepare_pair(old, new, origins, how)
    result = Differ(old_contract, new_contract).run()
    result.notes = notes
    return result


def diff_specs(
    old: dict[str, Any],
    new: dict[str, Any],
    *,
    normalize: bool = True,
) -> DiffResult:
    """Classify the differences of two documents, upstreams normalized as regenerate does.

    Contracts are compared as written; anything else is normalized without an overlay
    (`diff_prepared` takes one), the new side keeping the old side's names.
    """
    how = Preparation(normalize=normalize)
    return diff_prepared(old, new, how)


def diff_texts(old_yaml_text: str, new_yaml_text: str, *, normalize: bool = True) -> DiffResult:
    """diff_specs on two YAML (or JSON) texts, as pipeline.check has them."""
    old = parse(old_yaml_text, "the old contract")
    new = parse(new_yaml_text, "the new contract")
    return diff_specs(old, new, normalize=normalize)
