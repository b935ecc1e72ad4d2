"""Contract tests: real requests from EsperClient to Prism serving openapi/esper.yaml.

Prism validates each request against the contract: a request that breaks it comes
back as a 422, which EsperClient raises, and the test fails with Prism's own words.
Prism also lists what it found in an `sl-violations` header; any request-side
entry there fails the test too. (Response-side entries are about the sample data
Prism makes up, not about our client, so they are only reported.)
Arguments are built from the contract, not written by hand,
so every operation chosen here is exercised the way the contract describes it.
"""

from __future__ import annotations

import importlib
import inspect
import json
import typing
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

import mock_server
import pytest
from esper_contract import normalize as norm
from esper_contract.generator import python_identifier
from esper_testkit import contract

from esper_client import EsperClient, RetryPolicy, errors

# Tags where more than one call is made: every operation of these runs.
EVERY_OPERATION_OF = {"devices", "operations", "device_operations", "device_groups", "commands"}
JSON_BODY = "application/json"


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = contract()["components"][section][name]
    return node


def sample(schema: dict[str, Any], depth: int = 0) -> Any:
    """The simplest value the schema accepts, as a JSON value."""
    schema = resolve(schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(part, depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return sample(schema[key][0], depth)
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    if "const" in schema:
        return schema["const"]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    fmt = schema.get("format")
    if kind == "string":
        if fmt == "uuid":
            return "5743470f-7dcc-4a92-8a4b-f41b1cea69ed"
        if fmt == "date-time":
            return "2026-01-02T03:04:05Z"
        if fmt == "date":
            return "2026-01-02"
        if fmt in ("email", "idn-email"):
            return "ops@example.com"
        if fmt in ("uri", "url"):
            return "https://example.com/x"
        length = max(int(schema.get("minLength", 1)), 1)
        return ("abc" * length)[: max(length, min(3, int(schema.get("maxLength", 3))))]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample(schema.get("items", {}), depth + 1)] * max(int(schema.get("minItems", 1)), 1)
    if depth > 6:
        return {}
    props = schema.get("properties", {})
    return {
        name: sample(props[name], depth + 1) for name in schema.get("required", []) if name in props
    }


def python_value(schema: dict[str, Any]) -> Any:
    """A parameter value as the generated function wants it (UUID, datetime, ...)."""
    schema = resolve(schema)
    value = sample(schema)
    fmt = schema.get("format")
    if fmt == "uuid":
        return UUID(value)
    if fmt == "date-time":
        return datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    if fmt == "date":
        return date(2026, 1, 2)
    return value


def chosen_operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """At least one operation of every tag; every operation of the busiest tags."""
    seen_tags: set[str] = set()
    for path, item in contract()["paths"].items():
        for method in norm.METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            tag = norm.snake(operation["tags"][0])
            content = (operation.get("requestBody") or {}).get("content", {})
            if content and JSON_BODY not in content:
                continue  # multipart uploads: covered by unit tests, not by a generated sample
            if tag in EVERY_OPERATION_OF or tag not in seen_tags:
                seen_tags.add(tag)
                yield method, path, operation


CASES = list(chosen_operations())


def test_every_tag_is_exercised() -> None:
    all_tags = {
        norm.snake(o["tags"][0])
        for item in contract()["paths"].values()
        for o in item.values()
        if isinstance(o, dict) and "tags" in o
    }
    covered = {norm.snake(o["tags"][0]) for _, _, o in CASES}
    assert covered == all_tags
    per_tag = {
        t: sum(norm.snake(o["tags"][0]) == t for _, _, o in CASES) for t in EVERY_OPERATION_OF
    }
    assert all(count >= 3 for count in per_tag.values()), per_tag


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with mock_server.prism() as url:
        yield url


@pytest.fixture(scope="module")
def client(prism_url: str) -> Iterator[EsperClient]:
    with EsperClient(
        api_key="contract-test-key", base_url=prism_url, retry=RetryPolicy(max_retries=0)
    ) as c:
        yield c


def call_arguments(operation: dict[str, Any], module: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    accepted = inspect.signature(module.sync_detailed).parameters
    for param in operation.get("parameters", []):
        param = resolve(param)
        if param["in"] not in ("path", "query") or (
            param["in"] == "query" and not param.get("required")
        ):
            continue
        name = python_identifier(param["name"])
        assert name in accepted, f"{module.__name__} has no argument {name} for {param['name']}"
        kwargs[name] = python_value(param.get("schema", {}))
    body = (operation.get("requestBody") or {}).get("content", {}).get(JSON_BODY)
    if body is not None and "body" in accepted:
        annotation = accepted["body"].annotation
        value = sample(body.get("schema", {}))
        model = _model_class(annotation)
        kwargs["body"] = (
            model.from_dict(value) if model is not None and isinstance(value, dict) else value
        )
    return kwargs


def _model_class(annotation: Any) -> Any:
    for candidate in (annotation, *typing.get_args(annotation)):
        if inspect.isclass(candidate) and hasattr(candidate, "from_dict"):
            return candidate
    return None


def request_violations(response: Any) -> list[str]:
    found = json.loads(response.headers.get("sl-violations", "[]"))
    return [
        f"{'.'.join(map(str, v['location']))}: {v['message']}"
        for v in found
        if v.get("location", [""])[0] == "request"
    ]


@pytest.mark.parametrize(
    ("method", "path", "operation"),
    CASES,
    ids=[f"{o['tags'][0]}:{o['operationId']}" for _, _, o in CASES],
)
def test_request_passes_prism_validation_and_response_parses(
    client: EsperClient, method: str, path: str, operation: dict[str, Any]
) -> None:
    tag, op_id = norm.snake(operation["tags"][0]), norm.snake(operation["operationId"])
    module = importlib.import_module(f"esper_client.generated.api.{tag}.{op_id}")
    try:
        response = module.sync_detailed(client=client, **call_arguments(operation, module))
    except errors.APIStatusError as exc:
        pytest.fail(f"{method.upper()} {path}: Prism refused the request: {exc.body}")
    assert request_violations(response) == []
    assert 200 <= response.status_code < 300
    status = str(int(response.status_code))
    documented = operation["responses"].get(status, {})
    if documented.get("content") and response.content:
        assert response.parsed is not None, f"{method.upper()} {path} {status}: body did not parse"
        if hasattr(response.parsed, "to_dict"):
            assert isinstance(response.parsed.to_dict(), dict)


def test_a_request_that_breaks_the_contract_is_refused(client: EsperClient) -> None:
    """The harness itself: Prism does flag violations, and the client raises them."""
    from esper_client.generated.api.device_operations import get_device_operations

    with pytest.raises(errors.APIStatusError) as caught:
        get_device_operations.sync("not-a-uuid", client=client)  # type: ignore[arg-type]
    assert caught.value.status_code in (400, 422)
    assert "uuid" in json.dumps(caught.value.body)
