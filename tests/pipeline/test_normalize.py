"""Each normalizer fix, on a tiny spec of our own."""

from __future__ import annotations

import copy
import random

import pytest
from esper_contract import normalize as norm
from esper_contract.source import dump_yaml
from pipeline_support import op, tiny_spec


def _ops(spec: dict) -> dict[tuple[str, str], dict]:
    return {
        (method, path): item[method]
        for path, item in spec["paths"].items()
        for method in norm.METHODS
        if method in item
    }


# ----------------------------------------------------------------- operationIds


def test_missing_operation_ids_are_derived_from_method_and_path() -> None:
    spec = tiny_spec(
        {
            "/v2/tenant-apps": {"get": op(), "post": op()},
            "/v2/tenant-apps/{appId}": {"get": op(), "delete": op(), "patch": op()},
            "/v2/tenant-apps/{appId}/versions/{versionId}": {"put": op()},
        }
    )
    out, report = norm.normalize(spec)
    ids = {key: o["operationId"] for key, o in _ops(out).items()}
    assert ids == {
        ("get", "/v2/tenant-apps"): "list_tenant_apps",
        ("post", "/v2/tenant-apps"): "create_tenant_apps",
        ("get", "/v2/tenant-apps/{appId}"): "get_tenant_apps",
        ("delete", "/v2/tenant-apps/{appId}"): "delete_tenant_apps",
        ("patch", "/v2/tenant-apps/{appId}"): "partial_update_tenant_apps",
        ("put", "/v2/tenant-apps/{appId}/versions/{versionId}"): "update_tenant_apps_versions",
    }
    assert sum("operationId" in fix for fix in report.fixes) == 6


def test_existing_operation_ids_are_kept_verbatim() -> None:
    spec = tiny_spec({"/things/": {"get": op(op_id="getAllThings")}})
    out, _ = norm.normalize(spec)
    assert out["paths"]["/things/"]["get"]["operationId"] == "getAllThings"


def test_derived_ids_that_collide_are_qualified_and_unique() -> None:
    spec = tiny_spec(
        {
            "/v0/devices/": {"get": op()},
            "/v2/devices/": {"get": op()},
            # An existing id that takes the plain derived name.
            "/devices/{id}/": {"get": op(op_id="get_devices")},
            "/v2/devices/{id}": {"get": op()},
        }
    )
    out, _ = norm.normalize(spec)
    ids = {key: o["operationId"] for key, o in _ops(out).items()}
    assert ids[("get", "/v0/devices/")] == "list_devices_v0"
    assert ids[("get", "/v2/devices/")] == "list_devices_v2"
    assert ids[("get", "/v2/devices/{id}")] == "get_devices_v2"
    assert len(set(ids.values())) == len(ids)


def test_derived_ids_are_stable_when_unrelated_operations_change() -> None:
    base = {"/v2/webclips": {"get": op(), "post": op()}, "/v2/webclips/{id}": {"get": op()}}
    before, _ = norm.normalize(tiny_spec(copy.deepcopy(base)))
    more = copy.deepcopy(base)
    more["/v2/zones"] = {"get": op()}
    more["/v2/alpha/{x}"] = {"delete": op()}
    after, _ = norm.normalize(tiny_spec(more))
    for key, operation in _ops(before).items():
        assert _ops(after)[key]["operationId"] == operation["operationId"]


def test_existing_ids_that_clash_as_python_names_are_an_error() -> None:
    spec = tiny_spec({"/a": {"get": op(op_id="getThing")}, "/b": {"get": op(op_id="get_thing")}})
    with pytest.raises(norm.NormalizeError, match="get_thing"):
        norm.normalize(spec)


# ----------------------------------------------------------------- tags


def test_tag_prefixes_are_dropped_and_words_split() -> None:
    spec = tiny_spec(
        {
            "/a": {"get": op(tag="3_DeviceOperations")},
            "/b": {"get": op(tag="10_Reports API")},
            "/c": {"get": op(tag="apps_management_OEM Config Schema")},
        }
    )
    out, _ = norm.normalize(spec)
    assert out["paths"]["/a"]["get"]["tags"] == ["Device Operations"]
    assert out["paths"]["/b"]["get"]["tags"] == ["Reports API"]
    assert out["paths"]["/c"]["get"]["tags"] == ["OEM Config Schema"]
    assert norm.snake("Device Operations") == "device_operations"
    assert [t["name"] for t in out["tags"]] == sorted(t["name"] for t in out["tags"])


def test_tags_that_collide_by_rule_are_an_error_naming_both() -> None:
    spec = tiny_spec({"/a": {"get": op(tag="2_Operations")}, "/b": {"get": op(tag="3_Operations")}})
    with pytest.raises(norm.NormalizeError, match=r"'2_Operations' and '3_Operations'.*overlay"):
        norm.normalize(spec)


def test_tag_table_renames_and_merges_on_purpose() -> None:
    spec = tiny_spec(
        {
            "/a": {"get": op(tag="2_Operations")},
            "/b": {"get": op(tag="3_Operations")},
            "/c": {"get": op(tag="4_Tenant Apps")},
            "/d": {"get": op(tag="apps_management_Tenant Apps")},
        }
    )
    names = {
        "2_Operations": "Pipeline Operations",
        "3_Operations": "Operations",
        "4_Tenant Apps": "Tenant Apps",
        "apps_management_Tenant Apps": "Tenant Apps",
    }
    out, _ = norm.normalize(spec, tag_names=names)
    assert out["paths"]["/a"]["get"]["tags"] == ["Pipeline Operations"]
    assert out["paths"]["/b"]["get"]["tags"] == ["Operations"]
    assert out["paths"]["/d"]["get"]["tags"] == ["Tenant Apps"]
    assert [t["name"] for t in out["tags"]] == ["Operations", "Pipeline Operations", "Tenant Apps"]


def test_operation_without_tag_is_an_error() -> None:
    spec = tiny_spec({"/a": {"get": {"responses": {"200": {"description": "x"}}}}})
    with pytest.raises(norm.NormalizeError, match="GET /a has no tag"):
        norm.normalize(spec)


# ----------------------------------------------------------------- models


def test_schemas_whose_class_names_collide_get_unique_names_and_refs_follow() -> None:
    body = {
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/command_args"}}}
    }
    spec = tiny_spec(
        {"/a": {"post": op(requestBody=body)}},
        schemas={
            "CommandArgs": {"type": "object", "properties": {"a": {"type": "string"}}},
            "command_args": {"type": "object", "properties": {"b": {"type": "string"}}},
        },
    )
    out, report = norm.normalize(spec)
    schemas = out["components"]["schemas"]
    classes = [norm.class_name(name) for name in schemas]
    assert len(set(classes)) == len(classes) == 2
    ref = out["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert ref.rsplit("/", 1)[1] in schemas
    assert schemas[ref.rsplit("/", 1)[1]]["properties"] == {"b": {"type": "string"}}
    assert any("renamed" in fix for fix in report.fixes)


def test_titles_are_dropped_so_they_cannot_collide() -> None:
    spec = tiny_spec(
        {"/a": {"get": op()}},
        schemas={
            "ApplicationV1": {"title": "Application", "type": "object"},
            "Application": {"title": "Application", "type": "object"},
        },
    )
    out, _ = norm.normalize(spec)
    assert all("title" not in s for s in out["components"]["schemas"].values())


# ----------------------------------------------------------------- enums and defaults


def test_enum_values_that_collide_after_case_folding_are_all_kept() -> None:
    spec = tiny_spec(
        {"/a": {"get": op()}},
        schemas={"Os": {"type": "string", "enum": ["Linux", "ubuntu", "Ubuntu"]}},
    )
    out, report = norm.normalize(spec)
    schema = out["components"]["schemas"]["Os"]
    assert schema["enum"] == ["Linux", "ubuntu", "Ubuntu"]
    assert schema["x-enum-varnames"] == ["LINUX", "UBUNTU", "UBUNTU_2"]
    assert any("case folding" in fix for fix in report.fixes)


def test_repeated_enum_values_are_deduplicated_in_order() -> None:
    spec = tiny_spec(
        {"/a": {"get": op()}}, schemas={"S": {"type": "string", "enum": ["b", "a", "b"]}}
    )
    out, _ = norm.normalize(spec)
    assert out["components"]["schemas"]["S"]["enum"] == ["b", "a"]


@pytest.mark.parametrize(
    ("schema", "kept"),
    [
        ({"type": "string", "enum": ["created_at", "state"], "default": "-created_at"}, False),
        ({"type": "string", "enum": ["created_at", "state"], "default": "state"}, True),
        ({"type": "integer", "default": "20"}, False),
        ({"type": "integer", "default": 20}, True),
        ({"type": ["string", "null"], "default": None}, True),
    ],
)
def test_invalid_defaults_are_removed(schema: dict, kept: bool) -> None:
    param = {"name": "ordering", "in": "query", "schema": schema}
    spec = tiny_spec({"/a": {"get": op(parameters=[param])}})
    out, report = norm.normalize(spec)
    new = out["paths"]["/a"]["get"]["parameters"][0]["schema"]
    assert ("default" in new) is kept
    assert any("invalid default" in fix for fix in report.fixes) is (not kept)


def test_nonstandard_format_names_become_the_standard_ones() -> None:
    props = {
        "link": {"type": "string", "format": "url"},
        "at": {"type": "string", "format": "datetime"},
        "blank": {"type": "string", "format": ""},
        "id": {"type": "string", "format": "uuid"},
    }
    out, _ = norm.normalize(
        tiny_spec({"/a": {"get": op()}}, schemas={"S": {"type": "object", "properties": props}})
    )
    assert out["components"]["schemas"]["S"]["properties"] == {
        "link": {"type": "string", "format": "uri"},
        "at": {"type": "string", "format": "date-time"},
        "blank": {"type": "string"},
        "id": {"type": "string", "format": "uuid"},
    }


# ----------------------------------------------------------------- prose and order


def test_vendor_prose_is_dropped_facts_are_kept() -> None:
    param = {
        "name": "limit",
        "in": "query",
        "required": False,
        "description": "Some vendor words about limit",
        "example": 5,
        "schema": {"type": "integer", "minimum": 1, "description": "more words"},
    }
    operation = op(
        summary="Vendor summary",
        description="Vendor description",
        parameters=[param],
        externalDocs={"url": "https://example.invalid"},
        **{"x-badges": [{"name": "Beta"}]},
    )
    operation["responses"] = {
        "200": {
            "description": "Vendor response words",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {"n": {"type": "integer", "example": 3}},
                    },
                    "example": {"n": 3},
                }
            },
        }
    }
    spec = tiny_spec({"/a": {"get": operation}})
    spec["info"]["description"] = "Vendor info"
    out, _ = norm.normalize(spec)
    text = dump_yaml(out)
    assert "Vendor" not in text and "vendor" not in text
    assert "example:" not in text and "externalDocs" not in text and "x-badges" not in text
    new = out["paths"]["/a"]["get"]
    assert new["parameters"][0] == {
        "name": "limit",
        "in": "query",
        "required": False,
        "schema": {"type": "integer", "minimum": 1},
    }
    assert new["responses"]["200"]["description"] == "OK"
    assert new["responses"]["200"]["content"]["application/json"]["schema"]["properties"] == {
        "n": {"type": "integer"}
    }


def _shuffled(node, rng: random.Random):
    if isinstance(node, dict):
        items = list(node.items())
        rng.shuffle(items)
        return {k: _shuffled(v, rng) for k, v in items}
    if isinstance(node, list):
        return [_shuffled(v, rng) for v in node]
    return node


def test_key_order_of_the_input_does_not_change_the_output() -> None:
    spec = tiny_spec(
        {
            "/b/{id}": {"get": op(), "delete": op(), "put": op()},
            "/a": {"post": op(tag="Other"), "get": op(tag="Other")},
        },
        schemas={
            "Z": {
                "type": "object",
                "required": ["b", "a"],
                "properties": {"b": {"type": "string"}, "a": {}},
            },
            "A": {"type": "string", "enum": ["x", "y"]},
        },
    )
    reference = dump_yaml(norm.normalize(spec)[0])
    for seed in range(5):
        assert dump_yaml(norm.normalize(_shuffled(spec, random.Random(seed)))[0]) == reference


def test_normalize_does_not_modify_its_input_and_is_idempotent() -> None:
    spec = tiny_spec({"/v2/things/{id}": {"get": op(tag="1_Things API", description="words")}})
    before = copy.deepcopy(spec)
    once, _ = norm.normalize(spec)
    assert spec == before
    twice, report = norm.normalize(once)
    assert twice == once
    assert report.fixes == []


def test_other_openapi_versions_are_refused_with_a_clear_error() -> None:
    with pytest.raises(norm.NormalizeError, match=r"unsupported OpenAPI version '2\.0'"):
        norm.normalize({"openapi": "2.0", "paths": {}})


def test_header_parameters_openapi_says_to_ignore_are_dropped() -> None:
    auth = {"name": "Authorization", "in": "header", "required": True, "schema": {"type": "string"}}
    keep = {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}
    spec = tiny_spec(
        {
            "/a": {"get": op(parameters=[{"$ref": "#/components/parameters/Auth"}, keep])},
            "/b": {"get": op(parameters=[dict(auth, name="content-type")])},
        },
    )
    spec["components"]["parameters"] = {"Auth": auth}
    out, report = norm.normalize(spec)
    assert out["paths"]["/a"]["get"]["parameters"] == [keep]
    assert "parameters" not in out["paths"]["/b"]["get"]
    assert "parameters" not in out["components"]
    assert sum("dropped (set by the client)" in fix for fix in report.fixes) == 2
