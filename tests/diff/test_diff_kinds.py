"""Each kind of change, on a tiny contract: its kind, side and breaking-ness, nothing else."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from diff_helpers import BASE, CASES, merge_patch
from esper_contract import diff
from esper_contract.paths import DOCS


def pair(case: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    return merge_patch(BASE, case.get("old") or {}), merge_patch(BASE, case.get("new") or {})


def observed(result: diff.DiffResult) -> set[tuple[str, str, str, str]]:
    return {
        (c.kind, c.side, "breaking" if c.breaking else "ok", c.location) for c in result.changes
    }


@pytest.mark.parametrize("name", sorted(CASES))
def test_case(name: str) -> None:
    case = CASES[name]
    result = diff.diff_specs(*pair(case))
    expected = {tuple(item) for item in case["expect"]}
    assert observed(result) == expected, diff.format_text(result)
    assert all(c.breaking for c in result.breaking)
    assert not any(c.breaking for c in result.non_breaking)
    details = " | ".join(c.detail for c in result.changes)
    for words in case.get("detail") or []:
        assert words in details


def test_every_kind_has_a_case_and_every_case_names_kinds_of_the_table() -> None:
    covered = {item[0] for case in CASES.values() for item in case["expect"]}
    assert covered == set(diff.KINDS), (
        f"kinds without a case: {sorted(set(diff.KINDS) - covered)}; "
        f"cases of kinds not in the table: {sorted(covered - set(diff.KINDS))}"
    )


def test_every_case_agrees_with_the_rule_of_its_kind() -> None:
    """The table is what the differ does: each expected change fits its kind's rule."""
    for name, case in CASES.items():
        for kind, side, verdict, _ in case["expect"]:
            assert diff.KINDS[kind].allows(side, verdict == "breaking"), (name, kind, side)


def test_a_change_its_kind_does_not_allow_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot be breaking"):
        diff.Change("operation-added", "GET /x", "operation", "added", "operation", "X", True)
    with pytest.raises(ValueError, match="does not occur on the model side"):
        diff.Change("parameter-removed", None, "query.x", "removed", "model", "Models", True)
    with pytest.raises(ValueError, match=r"not in kinds\.KINDS"):
        diff.Change("made-up", None, "x", "x", "model", "Models", True)


def test_the_docs_table_is_the_kind_table() -> None:
    text = (DOCS / "contract-diff.md").read_text(encoding="utf-8")
    start, end = "<!-- kinds: start -->\n", "<!-- kinds: end -->"
    assert start in text and end in text, "docs/contract-diff.md lost its kind table markers"
    table = text.split(start, 1)[1].split(end, 1)[0].strip()
    assert table == diff.markdown_table(), (
        "docs/contract-diff.md's table of kinds is not kinds.KINDS: put the output of "
        "`python scripts/regenerate.py diff --list-kinds` between its markers"
    )


def test_renamed_operation_is_one_change_not_remove_plus_add() -> None:
    result = diff.diff_specs(*pair(CASES["operation-renamed"]))
    assert [c.kind for c in result.changes] == ["operation-renamed"]
    change = result.breaking[0]
    assert change.operation == "GET /groups/"
    assert change.tag == "Groups"


def test_enum_added_on_response_says_our_enums_are_lenient() -> None:
    result = diff.diff_specs(*pair(CASES["response-enum-value-added"]))
    assert result.non_breaking and not result.breaking
    assert all("keep values they do not list" in c.detail for c in result.non_breaking)


def test_identical_specs_have_no_changes() -> None:
    result = diff.diff_specs(BASE, BASE)
    assert result.changes == []
    assert diff.format_text(result) == "No API changes."


def shuffled(node: Any, rng: random.Random) -> Any:
    """The same document with every mapping's keys in a random order."""
    if isinstance(node, dict):
        keys = list(node)
        rng.shuffle(keys)
        return {key: shuffled(node[key], rng) for key in keys}
    if isinstance(node, list):
        return [shuffled(item, rng) for item in node]
    return node


@pytest.mark.parametrize("seed", range(5))
def test_reordered_keys_are_not_changes(seed: int) -> None:
    rng = random.Random(seed)
    assert diff.diff_specs(BASE, shuffled(BASE, rng)).changes == []


def test_reordered_parameters_and_required_lists_are_not_changes() -> None:
    new = merge_patch(BASE, {})
    op = new["paths"]["/enterprise/{enterprise_id}/device/"]["get"]
    op["parameters"].reverse()
    new["components"]["schemas"]["Device"]["required"].reverse()
    new["components"]["schemas"]["DeviceUpdate"]["properties"]["mode"]["enum"].reverse()
    assert diff.diff_specs(BASE, new).changes == []


def test_every_case_serializes(tmp_path: Path) -> None:
    """All three formats render every case; markdown and text name each operation."""
    for name, case in CASES.items():
        result = diff.diff_specs(*pair(case))
        for change in result.changes:
            if change.operation:
                assert f"`{change.operation}`" in diff.format_text(result), name
                assert f"`{change.operation}`" in diff.format_markdown(result), name
        assert diff.format_json(result)
