"""Shared helpers for the contract differ tests: fixture loading and merge patches."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(ROOT / "scripts"))


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
    return yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def base_spec() -> dict[str, Any]:
    spec: dict[str, Any] = load_fixture("base.yaml")
    return spec


@pytest.fixture(scope="session")
def cases() -> dict[str, Any]:
    data: dict[str, Any] = load_fixture("cases.yaml")
    return data
