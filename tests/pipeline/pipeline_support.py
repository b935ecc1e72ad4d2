"""Helpers shared by the pipeline tests, under a name no other test folder uses."""

from __future__ import annotations

import pytest
from esper_contract.paths import DEFAULT_SOURCE as UPSTREAM

needs_upstream = pytest.mark.skipif(
    not UPSTREAM.is_file(),
    reason=f"the shared upstream description is absent ({UPSTREAM}): not checked against it",
)


def tiny_spec(paths: dict, schemas: dict | None = None, **extra) -> dict:
    """A minimal OpenAPI 3.1 document of our own, for one normalizer rule at a time."""
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "tiny", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }
    spec.update(extra)
    return spec


def op(tag: str = "Things", op_id: str | None = None, **extra) -> dict:
    out = {"tags": [tag], "responses": {"200": {"description": "fine"}}}
    if op_id:
        out["operationId"] = op_id
    out.update(extra)
    return out
