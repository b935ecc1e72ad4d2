"""Helpers for the differ tests: the fixture contract and the merge patches on it.

A module of its own (not conftest) so that `import conftest` ambiguity between test
directories cannot hand these tests another directory's helpers.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from esper_contract.source import load_yaml_file

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396 JSON Merge Patch: maps merge, null deletes, anything else replaces."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    out = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out


def load_fixture(name: str) -> Any:
    return load_yaml_file(FIXTURES / name)


BASE: dict[str, Any] = load_fixture("base.yaml")
CASES: dict[str, Any] = load_fixture("cases.yaml")
