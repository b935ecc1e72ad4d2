"""Where things live in the repository: the one place that knows the layout.

Scripts, tests and benchmarks import these names instead of climbing `__file__` themselves,
so moving a folder is a change here and nowhere else.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PACKAGE = ROOT / "esper_client"
GENERATED = PACKAGE / "generated"

OPENAPI = ROOT / "openapi"
CONTRACT = OPENAPI / "esper.yaml"
OVERLAY = OPENAPI / "overlay.yaml"
# Our words (summaries, descriptions), one file per generated module: part of the overlay.
WORDS = OPENAPI / "words"
# The contract's path inside the repository, as git revisions name it (`HEAD~1:openapi/esper.yaml`).
CONTRACT_IN_REPO = CONTRACT.relative_to(ROOT).as_posix()

CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates"
# Pristine copies of the generator's own templates, for every one of ours that overrides one.
UPSTREAM_TEMPLATES = TEMPLATES / "upstream"
RUFF_GENERATED = Path(__file__).resolve().parent / "ruff-generated.toml"

SCRIPTS = ROOT / "scripts"
DOCS = ROOT / "docs"
# Every module and operation, written by regenerate from the contract (reference.py).
API_REFERENCE = DOCS / "api.md"
PYPROJECT = ROOT / "pyproject.toml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"

SHARED = ROOT.parent / "shared"
# The upstream description the pipeline reads by default (reference data, never committed).
DEFAULT_SOURCE = SHARED / "esper-oas" / "esper-openapi.json"


def show(path: Path) -> str:
    """`path` as messages name it: relative to the repository when inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)
