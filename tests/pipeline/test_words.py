"""Our words (openapi/words/*.yaml): where they land in the contract, and what has none."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from esper_contract import words
from esper_testkit import contract
from pipeline_support import op, tiny_spec


def spec() -> dict[str, Any]:
    get = op("Things", "getThing")
    get["parameters"] = [
        {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"$ref": "#/components/parameters/Limit"},
    ]
    post = op("Things", "makeThing")
    post["requestBody"] = {
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ThingIn"}},
            "multipart/form-data": {
                "schema": {"type": "object", "properties": {"file": {"type": "string"}}}
            },
        }
    }
    out = tiny_spec(
        {"/things/{thing_id}/": {"get": get}, "/things/": {"post": post}},
        {
            "ThingIn": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Colour": {"type": "integer", "enum": [1, 2]},
        },
    )
    out["components"]["parameters"] = {
        "Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    }
    return out


def test_words_land_on_operations_parameters_bodies_schemas_and_enum_values() -> None:
    doc = spec()
    words.apply(
        doc,
        {
            "things": {
                "operations": {
                    "getThing": {
                        "summary": "Read   one thing.",
                        "parameters": {"thing_id": "Its id.", "limit": "At most this many."},
                    },
                    "makeThing": {"body": {"file": "The file to upload."}},
                },
                "schemas": {
                    "ThingIn": {"properties": {"name": "What it is called."}},
                    "Colour": {"values": {2: "Blue.", 1: "Red."}},
                },
            }
        },
    )
    get = doc["paths"]["/things/{thing_id}/"]["get"]
    assert get["summary"] == "Read one thing."  # whitespace folded
    assert get["parameters"][0]["description"] == "Its id."
    assert get["parameters"][0]["schema"]["description"] == "Its id."  # the generator reads this
    assert doc["components"]["parameters"]["Limit"]["description"] == "At most this many."
    multipart = doc["paths"]["/things/"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert multipart["schema"]["properties"]["file"]["description"] == "The file to upload."
    schemas = doc["components"]["schemas"]
    assert schemas["ThingIn"]["properties"]["name"]["description"] == "What it is called."
    assert schemas["Colour"]["x-esper-meanings"] == {1: "Red.", 2: "Blue."}  # in value order


@pytest.mark.parametrize(
    ("said", "problem"),
    [
        ({"operations": {"nope": {"summary": "x"}}}, "operation nope: no such operationId"),
        ({"operations": {"getThing": {"parameters": {"x": "y"}}}}, "no parameter 'x'"),
        ({"operations": {"makeThing": {"body": {"name": "y"}}}}, "no field 'name'"),
        ({"operations": {"getThing": {"summary": " "}}}, "needs a non-empty text"),
        ({"schemas": {"Nope": {"properties": {"a": "b"}}}}, "schema Nope: no such component"),
        ({"schemas": {"ThingIn": {"values": {1: "x"}}}}, "it is not an enum"),
        ({"schemas": {"Colour": {"values": {3: "x"}}}}, "3 is not one of its values"),
    ],
)
def test_a_word_without_a_target_is_an_error_naming_it(said: dict, problem: str) -> None:
    with pytest.raises(words.WordsError, match=problem):
        words.apply(spec(), {"things": said})
    unmatched: list[str] = []
    words.apply(spec(), {"things": said}, unmatched=unmatched)  # --check lists it instead
    assert len(unmatched) == 1 and problem.split(":")[0] in unmatched[0]


def test_an_operation_described_in_another_modules_file_is_refused() -> None:
    with pytest.raises(words.WordsError, match=r"it belongs in things\.yaml"):
        words.apply(spec(), {"stuff": {"operations": {"getThing": {"summary": "x"}}}})


def test_missing_lists_what_has_no_words_in_the_file_that_should_have_them() -> None:
    todo = words.missing(spec())
    things = todo["things"]
    assert things["operations"]["getThing"]["summary"] == "GET /things/{thing_id}/"
    assert set(things["operations"]["getThing"]["parameters"]) == {"thing_id", "limit"}
    assert things["operations"]["makeThing"]["body"] == {"file": "string"}
    assert things["schemas"] == {"ThingIn": {"properties": {"name": "string"}}}


def test_the_committed_words_apply_to_the_committed_contract() -> None:
    doc = copy.deepcopy(contract())
    words.apply(doc, words.load())


def test_a_schema_is_described_in_one_file_only() -> None:
    said = {"schemas": {"ThingIn": {"properties": {"name": "x"}}}}
    with pytest.raises(words.WordsError, match=r"already described in a\.yaml"):
        words.apply(spec(), {"a": said, "b": said})


def test_a_shared_parameter_described_two_ways_is_an_error() -> None:
    doc = spec()
    other = op("Things", "listThings")
    other["parameters"] = [{"$ref": "#/components/parameters/Limit"}]
    doc["paths"]["/things/"]["get"] = other
    said = {"operations": {"getThing": {"parameters": {"limit": "At most this many."}}}}
    again = {"operations": {"listThings": {"parameters": {"limit": "Another wording."}}}}
    with pytest.raises(words.WordsError, match="is shared with"):
        words.apply(doc, {"things": {"operations": {**said["operations"], **again["operations"]}}})
    same = {"operations": {"listThings": {"parameters": {"limit": "At most this many."}}}}
    words.apply(
        spec_with(other), {"things": {"operations": {**said["operations"], **same["operations"]}}}
    )


def spec_with(operation: dict[str, Any]) -> dict[str, Any]:
    doc = spec()
    doc["paths"]["/things/"]["get"] = operation
    return doc


def test_every_operation_parameter_and_body_field_has_our_words() -> None:
    """The committed contract: a summary for every operation, a description for every
    parameter and every top-level request-body field (inline, or of its component schema)."""
    todo = words.missing(contract())
    assert todo == {}, {module: sorted(entry) for module, entry in todo.items()}
    summaries = [op.node.get("summary") for op in words.operations(contract())]
    assert len(summaries) >= 345 and all(summaries)
