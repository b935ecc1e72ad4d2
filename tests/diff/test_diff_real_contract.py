"""The differ on the committed 30k-line contract: silent on itself, quick, and precise."""

from __future__ import annotations

import copy
import random
import time
from typing import Any

import pytest
from esper_contract import diff
from esper_contract import normalize as norm
from esper_contract.names import UPSTREAM_NAME
from esper_contract.paths import CONTRACT

pytestmark = pytest.mark.skipif(not CONTRACT.is_file(), reason="no committed contract")


@pytest.fixture(scope="module")
def contract() -> dict[str, Any]:
    spec: dict[str, Any] = diff.parse(CONTRACT.read_text(encoding="utf-8"), str(CONTRACT))
    return spec


def test_contract_against_itself_is_silent_and_quick(capsys: pytest.CaptureFixture[str]) -> None:
    started = time.perf_counter()
    assert diff.main([str(CONTRACT), str(CONTRACT)]) == 0
    elapsed = time.perf_counter() - started
    # Notes may follow while the committed contract lags behind normalize.py.
    assert capsys.readouterr().out.splitlines()[0] == "No API changes."
    assert elapsed < 5, f"diffing the contract with itself took {elapsed:.1f}s"


def test_diff_texts_as_the_pipeline_calls_it() -> None:
    text = CONTRACT.read_text(encoding="utf-8")
    assert diff.diff_texts(text, text).changes == []


def test_normalize_is_idempotent_on_the_contract(contract: dict[str, Any]) -> None:
    """Normalizing twice changes nothing: its record of renamed schemas survives it too."""
    once, _ = norm.normalize(contract)
    twice, report = norm.normalize(once)
    assert twice == once
    assert not [fix for fix in report.fixes if "renamed" in fix or "given" in fix]
    assert any(UPSTREAM_NAME in schema for schema in once["components"]["schemas"].values())


def test_reordered_contract_is_not_a_change(contract: dict[str, Any]) -> None:
    rng = random.Random(7)

    def shuffled(node: Any) -> Any:
        if isinstance(node, dict):
            keys = list(node)
            rng.shuffle(keys)
            return {key: shuffled(node[key]) for key in keys}
        if isinstance(node, list):
            return [shuffled(item) for item in node]
        return node

    assert diff.diff_specs(contract, shuffled(contract)).changes == []


def test_a_removed_component_property_reaches_every_operation_using_it(
    contract: dict[str, Any],
) -> None:
    """Pick a response model from the contract itself, so the test follows regenerations."""
    ref, users = None, []
    for path, item in contract["paths"].items():
        op = item.get("get") or {}
        schema = (
            op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
        ).get("schema", {})
        if "$ref" in schema:
            ref = ref or schema["$ref"]
            if schema["$ref"] == ref:
                users.append(f"GET {path}")
    assert ref is not None
    name = ref.rsplit("/", 1)[1]
    new = copy.deepcopy(contract)
    props = new["components"]["schemas"][name]["properties"]
    gone = sorted(props)[0]
    del props[gone]
    result = diff.diff_specs(contract, new)
    hits = {
        c.operation
        for c in result.breaking
        if c.kind == "response-property-removed" and c.location == f"response 200.{gone}"
    }
    assert set(users) <= hits
    assert {c.kind for c in result.changes} == {"response-property-removed"}
