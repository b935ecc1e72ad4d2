"""The differ on raw upstream files, as a CI job comparing two downloads runs it.

Both sides go through regenerate's own normalizer, overlay and name memory: the shared
upstream against itself and against mutated copies of it, one mutation at a time.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from esper_contract import diff
from esper_contract.paths import CONTRACT, DEFAULT_SOURCE
from esper_contract.source import load

pytestmark = pytest.mark.skipif(
    not DEFAULT_SOURCE.is_file(),
    reason=f"the shared upstream description is absent ({DEFAULT_SOURCE}): not diffed",
)

LIST_DEVICES = "/enterprise/{enterprise_id}/device/"


@pytest.fixture(scope="module")
def upstream() -> dict[str, Any]:
    return load(DEFAULT_SOURCE)


def _diff(
    capsys: pytest.CaptureFixture[str], old: str, new: str, *extra: str
) -> tuple[int, dict[str, Any], str]:
    status = diff.main([old, new, "--format", "json", *extra])
    captured = capsys.readouterr()
    return status, json.loads(captured.out) if captured.out else {}, captured.err


def _changes(data: dict[str, Any]) -> list[tuple[str, bool]]:
    return sorted(
        [(c["kind"], True) for c in data["breaking"]]
        + [(c["kind"], False) for c in data["non_breaking"]]
    )


def test_the_upstream_against_itself_has_no_changes_and_no_notes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What failed on every input before: the tag table of the overlay is applied."""
    source = str(DEFAULT_SOURCE)
    assert diff.main([source, source]) == 0  # validated, as regenerate validates
    captured = capsys.readouterr()
    assert captured.out.strip() == "No API changes."
    assert captured.err == ""


def test_the_committed_contract_against_the_upstream_has_no_changes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The drift check of docs/drift-check.md, on an upstream the contract was made from."""
    status, data, err = _diff(capsys, str(CONTRACT), str(DEFAULT_SOURCE), "--no-validate")
    assert (status, data, err) == (0, {"breaking": [], "non_breaking": []}, "")


def _drop_listing(spec: dict[str, Any]) -> None:
    del spec["paths"][LIST_DEVICES]["get"]


def _colliding_schema(spec: dict[str, Any]) -> None:
    """`Device-Group` has the class name of `DeviceGroup` and sorts before it."""
    spec["components"]["schemas"]["Device-Group"] = {
        "type": "object",
        "properties": {"size": {"type": "integer"}},
    }


def _colliding_operation(spec: dict[str, Any]) -> None:
    """A new GET without operationId whose derived name is an existing function's."""
    spec["paths"]["/v9/blueprints/"] = copy.deepcopy(spec["paths"]["/v2/blueprints/"])


def _new_default(spec: dict[str, Any]) -> None:
    for param in spec["paths"][LIST_DEVICES]["get"]["parameters"]:
        if param.get("name") == "limit":
            param["schema"]["default"] = 50


def _renamed_path_parameter(spec: dict[str, Any]) -> None:
    old = "/enterprise/{enterprise_id}/device/{device_id}/status/"
    item = spec["paths"].pop(old)
    lists = [item.get("parameters") or []]
    lists += [op.get("parameters") or [] for op in item.values() if isinstance(op, dict)]
    for param in (param for params in lists for param in params):
        if param.get("name") == "device_id":
            param["name"] = "id"
    spec["paths"][old.replace("{device_id}", "{id}")] = item


def _dropped_property(spec: dict[str, Any]) -> None:
    del spec["components"]["schemas"]["DeviceGroup"]["properties"]["name"]


MUTATIONS: dict[str, tuple[Callable[[dict[str, Any]], None], list[tuple[str, bool]]]] = {
    "operation removed": (_drop_listing, [("operation-removed", True)]),
    "schema whose class name collides": (_colliding_schema, [("model-added", False)]),
    "operation whose function name collides": (
        _colliding_operation,
        [("operation-added", False)] * 2,
    ),
    "parameter default": (_new_default, [("default-changed", False)]),
    # One endpoint, not a removal and an addition; the keyword argument is renamed.
    "path parameter renamed": (
        _renamed_path_parameter,
        [
            ("operation-moved", False),
            ("parameter-removed", True),
            ("parameter-added-required", True),
        ],
    ),
}


def write_mutated(
    upstream: dict[str, Any], tmp_path: Path, *mutations: Callable[[dict[str, Any]], Any]
) -> Path:
    """A copy of the upstream with `mutations` applied, written where the differ can read it."""
    mutated = copy.deepcopy(upstream)
    for mutate in mutations:
        mutate(mutated)
    new = tmp_path / "mutated.json"
    new.write_text(json.dumps(mutated), encoding="utf-8")
    return new


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_mutated_copy_of_the_upstream(
    name: str, upstream: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mutate, expected = MUTATIONS[name]
    new = write_mutated(upstream, tmp_path, mutate)
    status, data, _ = _diff(capsys, str(DEFAULT_SOURCE), str(new), "--no-validate")
    assert _changes(data) == sorted(expected), data
    assert status == (1 if any(breaking for _, breaking in expected) else 0)


def test_an_overlay_action_whose_target_vanished_is_a_note(
    upstream: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def drop_device_apps(spec: dict[str, Any]) -> None:
        del spec["paths"]["/v2/device-apps"]["get"]  # the overlay fixes two of its parameters

    new = write_mutated(upstream, tmp_path, _drop_listing, drop_device_apps)
    assert diff.main([str(DEFAULT_SOURCE), str(new), "--no-validate", "--format", "markdown"]) == 1
    out = capsys.readouterr().out
    assert f"- `GET {LIST_DEVICES}`: operation removed" in out
    for index in (0, 1):
        assert f"($.paths['/v2/device-apps'].get.parameters[{index}].schema): target" in out
    assert f"target matches nothing in the contract of {new} (skipped)" in out
    # Our words for the removed listing are a note too, not a failure.
    assert "devices.yaml: operation getAllDevices: no such operationId" in out


def test_names_stay_put_across_upstream_additions(
    upstream: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The newcomers get the suffix: `DeviceGroup` and `list_blueprints` keep their names."""
    new = write_mutated(upstream, tmp_path, _colliding_schema, _colliding_operation)
    status, data, _ = _diff(capsys, str(DEFAULT_SOURCE), str(new), "--no-validate")
    assert status == 0
    details = [c["detail"] for c in data["non_breaking"]]
    assert "model `DeviceGroup2` added" in details
    added = [d for d in details if d.startswith("operation added")]
    assert added and all("_v9`" in d for d in added), added


def test_a_dropped_property_reaches_the_operations_using_the_model(
    upstream: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = write_mutated(upstream, tmp_path, _dropped_property)
    status, data, _ = _diff(capsys, str(DEFAULT_SOURCE), str(new), "--no-validate")
    assert status == 1
    kinds = {c["kind"] for c in data["breaking"] + data["non_breaking"]}
    assert kinds <= {"response-property-removed", "request-property-removed"}
    assert any(c["operation"].endswith("/devicegroup/") for c in data["breaking"])
