"""The Overlay 1.0 subset we apply: our words and data fixes on top of the contract."""

from __future__ import annotations

import pytest
from esper_contract import overlay as ovl

SPEC = {
    "paths": {
        "/a/{id}/": {"get": {"operationId": "getA", "tags": ["A"]}, "put": {"operationId": "putA"}},
    },
    "components": {"schemas": {"S": {"properties": {"state": {"type": "string", "enum": ["X"]}}}}},
}


def _overlay(*actions: dict) -> dict:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_update_merges_objects_and_appends_to_arrays() -> None:
    out = ovl.apply(
        SPEC,
        _overlay(
            {"target": "$.paths['/a/{id}/'].get", "update": {"summary": "Ours", "tags": ["B"]}},
        ),
    )
    assert out["paths"]["/a/{id}/"]["get"] == {
        "operationId": "getA",
        "tags": ["A", "B"],
        "summary": "Ours",
    }
    assert "summary" not in SPEC["paths"]["/a/{id}/"]["get"], "the input must not change"


def test_remove_then_update_replaces_a_value() -> None:
    out = ovl.apply(
        SPEC,
        _overlay(
            {"target": "$.components.schemas.S.properties.state.enum", "remove": True},
            {
                "target": '$.components.schemas.S.properties["state"]',
                "update": {"type": ["integer", "string"]},
            },
        ),
    )
    assert out["components"]["schemas"]["S"]["properties"]["state"] == {
        "type": ["integer", "string"]
    }


def test_wildcards_reach_every_match() -> None:
    out = ovl.apply(SPEC, _overlay({"target": "$.paths.*[*]", "update": {"deprecated": True}}))
    assert all(op["deprecated"] for op in out["paths"]["/a/{id}/"].values())


def test_a_target_that_matches_nothing_is_an_error_naming_it() -> None:
    with pytest.raises(
        ovl.OverlayError, match=r"action 0 \(\$\.paths\['/gone/'\]\.get\).*matches nothing"
    ):
        ovl.apply(SPEC, _overlay({"target": "$.paths['/gone/'].get", "update": {"summary": "x"}}))


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        ({"actions": []}, "not an Overlay 1.x document"),
        (_overlay({"target": "$..paths", "update": {}}), "unsupported JSONPath"),
        (_overlay({"target": "paths", "update": {}}), "must start with"),
        (_overlay({"target": "$.paths"}), "needs 'update' or 'remove"),
        (_overlay({"update": {}}), "has no target"),
    ],
)
def test_malformed_overlays_are_refused_clearly(overlay: dict, message: str) -> None:
    with pytest.raises(ovl.OverlayError, match=message):
        ovl.apply(SPEC, overlay)
