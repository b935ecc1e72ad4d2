"""Names stay put: what the contract already calls a class or a function, it keeps.

The committed contract is the memory (names.Names.of it): an upstream addition that
collides gets the suffix, never the operation or schema that had the name.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from esper_contract import diff, pipeline
from esper_contract import normalize as norm
from esper_contract.names import UPSTREAM_NAME, Names
from esper_contract.paths import CONTRACT
from esper_testkit import operations
from pipeline_support import UPSTREAM, needs_upstream, op, tiny_spec


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _returns(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    body = {"application/json": {"schema": schema}}
    return op(responses={"200": {"description": "ok", "content": body}}, **extra)


def _group_spec() -> dict[str, Any]:
    return tiny_spec(
        {"/v2/groups/": {"get": _returns(_ref("DeviceGroup"))}},
        schemas={"DeviceGroup": {"type": "object", "properties": {"name": {"type": "string"}}}},
    )


def _with_newcomer(spec: dict[str, Any]) -> dict[str, Any]:
    """The upstream adds `Device-Group`: the same class name, and it sorts first."""
    spec = copy.deepcopy(spec)
    spec["components"]["schemas"]["Device-Group"] = {
        "type": "object",
        "properties": {"size": {"type": "integer"}},
    }
    spec["paths"]["/v2/teams/"] = {"get": _returns(_ref("Device-Group"))}
    return spec


def _schema_of(contract: dict[str, Any], path: str) -> str:
    response = contract["paths"][path]["get"]["responses"]["200"]
    ref: str = response["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[1]


# ----------------------------------------------------------------- classes


def test_without_memory_a_newcomer_that_sorts_first_takes_the_class_name() -> None:
    """The problem names.py solves, shown: the rename by sorted order alone."""
    out, _ = norm.normalize(_with_newcomer(_group_spec()))
    assert _schema_of(out, "/v2/groups/") == "DeviceGroup2"
    assert out["components"]["schemas"]["DeviceGroup2"][UPSTREAM_NAME] == "DeviceGroup"


def test_a_class_name_the_contract_gives_is_kept_and_the_newcomer_gets_the_suffix() -> None:
    before, _ = norm.normalize(_group_spec())
    after, report = norm.normalize(_with_newcomer(_group_spec()), names=Names.of(before))
    schemas = after["components"]["schemas"]
    assert _schema_of(after, "/v2/groups/") == "DeviceGroup"
    assert schemas["DeviceGroup"] == before["components"]["schemas"]["DeviceGroup"]
    assert _schema_of(after, "/v2/teams/") == "Device-Group2"
    assert schemas["Device-Group2"][UPSTREAM_NAME] == "Device-Group"
    assert norm.class_name("Device-Group2") == "DeviceGroup2"
    assert "schema 'Device-Group' renamed 'Device-Group2'" in " | ".join(report.fixes)
    assert report.lost_names == []


def test_a_renamed_schema_keeps_its_name_after_the_collision_is_gone() -> None:
    first, _ = norm.normalize(_with_newcomer(_group_spec()))  # DeviceGroup became DeviceGroup2
    upstream = _with_newcomer(_group_spec())
    del upstream["components"]["schemas"]["Device-Group"]
    del upstream["paths"]["/v2/teams/"]
    after, _ = norm.normalize(upstream, names=Names.of(first))
    assert _schema_of(after, "/v2/groups/") == "DeviceGroup2"
    assert after["components"]["schemas"]["DeviceGroup2"][UPSTREAM_NAME] == "DeviceGroup"


def test_remembered_names_survive_a_round_trip_through_the_written_contract(
    tmp_path: Path,
) -> None:
    """The memory is read back from the YAML regenerate writes, marker included."""
    first, _ = norm.normalize(_with_newcomer(_group_spec()))
    written = tmp_path / "esper.yaml"
    written.write_text(pipeline.CONTRACT_HEADER + yaml.safe_dump(first, sort_keys=False))
    names = pipeline.remembered_names(written)
    assert names.schemas["DeviceGroup"] == "DeviceGroup2"
    assert names.schemas["Device-Group"] == "Device-Group"
    assert pipeline.remembered_names(tmp_path / "absent.yaml") == Names()


def test_a_number_suffix_that_is_taken_moves_on_instead_of_looping() -> None:
    """`Thing`, `thing` and `Thing2`: the second `Thing` cannot be `thing2` (class Thing2)."""
    schemas = {name: {"type": "object"} for name in ("Thing", "thing", "Thing2")}
    out, _ = norm.normalize(tiny_spec({"/x": {"get": op()}}, schemas=schemas))
    assert sorted(out["components"]["schemas"]) == ["Thing", "Thing2", "thing3"]


def test_the_diff_of_an_upstream_that_adds_a_colliding_schema_renames_nothing() -> None:
    """The one miss of the old differ: it called DeviceGroup -> DeviceGroup2 non-breaking."""
    result = diff.diff_specs(_group_spec(), _with_newcomer(_group_spec()))
    assert {(c.kind, c.breaking) for c in result.changes} == {
        ("model-added", False),
        ("operation-added", False),
    }
    assert "model `DeviceGroup2` added" in diff.format_text(result)


def test_the_diff_of_contracts_made_without_memory_calls_the_rename_breaking() -> None:
    """Two contracts each built alone: the class moved to the newcomer, and it says so."""
    old, _ = norm.normalize(_group_spec())
    new, _ = norm.normalize(_with_newcomer(_group_spec()))
    result = diff.diff_specs(old, new, normalize=False)
    kinds = {(c.kind, c.location, c.breaking) for c in result.changes}
    assert ("model-renamed", "components.schemas.DeviceGroup2", True) in kinds
    assert ("model-name-reused", "components.schemas.Device-Group", True) in kinds
    text = diff.format_text(result)
    assert "model `DeviceGroup` renamed `DeviceGroup2` (upstream schema `DeviceGroup`" in text
    assert "model `DeviceGroup` now stands for upstream schema `Device-Group`" in text


# ----------------------------------------------------------------- functions


def _devices_spec() -> dict[str, Any]:
    return tiny_spec({"/v2/devices/": {"get": op()}, "/v2/devices/{id}": {"get": op()}})


def _ids(contract: dict[str, Any]) -> dict[str, str]:
    return {f"{m.upper()} {path}": node["operationId"] for m, path, node in operations(contract)}


def test_a_function_name_the_contract_gives_is_kept_when_a_colliding_operation_comes() -> None:
    before, _ = norm.normalize(_devices_spec())
    assert _ids(before)["GET /v2/devices/"] == "list_devices"
    upstream = _devices_spec()
    upstream["paths"]["/v0/devices/"] = {"get": op()}  # derives list_devices too
    fresh, _ = norm.normalize(upstream)
    assert _ids(fresh)["GET /v2/devices/"] == "list_devices_v2", "the problem, without memory"
    after, report = norm.normalize(upstream, names=Names.of(before))
    assert _ids(after) == {**_ids(before), "GET /v0/devices/": "list_devices_v0"}
    assert report.lost_names == []
    result = diff.diff_specs(before, upstream)  # the diff keeps the old side's names too
    assert [(c.kind, c.operation) for c in result.changes] == [
        ("operation-added", "GET /v0/devices/")
    ]


def test_an_id_the_upstream_drops_is_kept_as_the_function_name() -> None:
    upstream = _devices_spec()
    upstream["paths"]["/v2/devices/"]["get"]["operationId"] = "listAllDevices"
    before, _ = norm.normalize(upstream)
    del upstream["paths"]["/v2/devices/"]["get"]["operationId"]
    after, _ = norm.normalize(upstream, names=Names.of(before))
    assert _ids(after)["GET /v2/devices/"] == "listAllDevices"


def test_a_rename_that_cannot_be_avoided_is_reported_and_breaking() -> None:
    """The upstream gives another operation, explicitly, the name we had derived."""
    before, _ = norm.normalize(_devices_spec())
    upstream = _devices_spec()
    upstream["paths"]["/v2/fleet/"] = {"get": op(op_id="list_devices")}
    after, report = norm.normalize(upstream, names=Names.of(before))
    assert _ids(after)["GET /v2/fleet/"] == "list_devices"
    assert _ids(after)["GET /v2/devices/"] != "list_devices"
    assert report.lost_names == [
        "operationId list_devices of GET /v2/devices/ cannot be kept: GET /v2/fleet/ now has "
        "it upstream"
    ]
    result = diff.diff_specs(before, upstream)
    renamed = [c for c in result.changes if c.kind == "operation-renamed"]
    assert [(c.operation, c.breaking) for c in renamed] == [("GET /v2/devices/", True)]
    assert any("cannot be kept" in note for note in result.notes)


def test_memory_of_its_own_contract_changes_nothing() -> None:
    upstream = _with_newcomer(_group_spec())
    upstream["paths"].update(_devices_spec()["paths"])
    upstream["paths"]["/v0/devices/"] = {"get": op()}
    once, _ = norm.normalize(upstream)
    again, report = norm.normalize(upstream, names=Names.of(once))
    assert again == once
    assert report.lost_names == []


# ----------------------------------------------------------------- the pipeline


def test_regenerate_reads_the_contract_it_replaces(tmp_path: Path) -> None:
    """pipeline.run keeps the names of the contract at the path it writes to."""
    source = tmp_path / "upstream.yaml"
    source.write_text(yaml.safe_dump(_group_spec()))
    contract, generated = tmp_path / "esper.yaml", tmp_path / "gen"
    where = {"contract": contract, "generated": generated, "overlay": tmp_path / "none.yaml"}
    pipeline.run(source, **where)
    source.write_text(yaml.safe_dump(_with_newcomer(_group_spec())))
    pipeline.run(source, **where)
    model = (generated / "models" / "device_group.py").read_text()
    assert "class DeviceGroup:" in model and "name" in model and "size" not in model
    assert "class DeviceGroup2:" in (generated / "models" / "device_group_2.py").read_text()


@pytest.fixture(scope="module")
def real_upstream() -> tuple[dict[str, Any], pipeline.Built]:
    """The real upstream and its build with no names remembered: loaded and built once for the
    module (the tests only read them; the normalizer does not modify its input)."""
    upstream = pipeline.src.load(UPSTREAM)
    return upstream, pipeline.build_from(upstream, check_upstream=False, check_contract=False)


@needs_upstream
def test_the_real_upstream_with_the_committed_names_is_the_committed_contract(
    real_upstream: tuple[dict[str, Any], pipeline.Built],
) -> None:
    """The memory of today's contract reproduces it: regeneration stays a fixed point."""
    upstream, fresh = real_upstream
    kept = pipeline.build_from(
        upstream,
        names=pipeline.remembered_names(CONTRACT),
        check_upstream=False,
        check_contract=False,
    )
    assert kept.contract == fresh.contract
    assert kept.report.lost_names == []
    if CONTRACT.is_file():
        assert kept.contract_text == CONTRACT.read_text(encoding="utf-8")


@pytest.mark.parametrize("extra", ["geofence_ErrorResponse", "Geofence-ErrorResponse"])
@needs_upstream
def test_the_real_upstream_keeps_its_renamed_schema_when_another_collides(
    extra: str, real_upstream: tuple[dict[str, Any], pipeline.Built]
) -> None:
    upstream, before = real_upstream
    grown = copy.deepcopy(upstream)
    grown["components"]["schemas"][extra + "_"] = {"type": "object"}
    after = pipeline.build_from(
        grown, names=Names.of(before.contract), check_upstream=False, check_contract=False
    )
    old_schemas = before.contract["components"]["schemas"]
    new_schemas = after.contract["components"]["schemas"]
    assert set(old_schemas) < set(new_schemas)
    assert all(new_schemas[key] == value for key, value in old_schemas.items())
