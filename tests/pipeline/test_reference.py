"""docs/api.md: every module and operation, as regenerate writes it from the contract."""

from __future__ import annotations

import importlib

from esper_contract import reference, words
from esper_contract.paths import API_REFERENCE
from esper_testkit import contract
from pipeline_support import op, tiny_spec


def test_the_committed_reference_is_what_the_contract_gives() -> None:
    assert API_REFERENCE.read_text(encoding="utf-8") == reference.render(contract())


def test_every_operation_is_listed_with_a_function_that_exists() -> None:
    text = API_REFERENCE.read_text(encoding="utf-8")
    for operation in words.operations(contract()):
        row = next(
            line
            for line in text.splitlines()
            if line.startswith("| `") and f"`{operation.method.upper()} {operation.path}`" in line
        )
        function = row.split("`")[1]
        module = importlib.import_module(
            f"esper_client.generated.api.{operation.module}.{function}"
        )
        assert callable(module.sync_detailed)
        assert (operation.node.get("summary") or "").split()[0] in row


def test_required_arguments_are_path_required_query_and_a_required_body() -> None:
    get = op("Things", "getThing")
    get["parameters"] = [
        {"name": "thing-id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}},
        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
    ]
    post = op("Things", "makeThing")
    post["requestBody"] = {"required": True, "content": {"application/json": {"schema": {}}}}
    spec = tiny_spec({"/t/{thing-id}/": {"get": get, "post": post}})
    assert reference.required_arguments(spec, get) == ["thing_id", "q"]
    assert reference.required_arguments(spec, post) == ["body"]
    text = reference.render(spec)
    assert "| `get_thing` | `GET /t/{thing-id}/` |" in text and "`thing_id`, `q`" in text
