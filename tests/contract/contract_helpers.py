"""What the contract tests share: arguments built from the contract, Prism's findings."""

from __future__ import annotations

import inspect
import io
import json
import typing
from datetime import UTC, date, datetime
from functools import cache
from typing import Any
from uuid import UUID

import pytest
from esper_contract.generator import python_identifier
from esper_testkit import backend_of, call, module_of, resolve

from esper_client import EsperClient, RetryPolicy, _decoding, errors
from esper_client.generated.types import File, Response

JSON_BODY = "application/json"
MULTIPART = "multipart/form-data"


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
        if "pattern" in schema:
            return _matching(schema["pattern"])
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


@cache
def _matching(pattern: str) -> str:
    """The simplest string the pattern accepts (hypothesis shrinks to it: always the same)."""
    from hypothesis import HealthCheck, find, settings
    from hypothesis import strategies as st

    quiet = settings(database=None, suppress_health_check=list(HealthCheck))
    return str(find(st.from_regex(pattern, fullmatch=True), lambda _: True, settings=quiet))


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
    content = (operation.get("requestBody") or {}).get("content", {})
    media = JSON_BODY if JSON_BODY in content else MULTIPART if MULTIPART in content else None
    if media is not None and "body" in accepted:
        annotation = accepted["body"].annotation
        value = sample(content[media].get("schema", {}))
        model = _model_class(annotation, media)
        body = model.from_dict(value) if model is not None and isinstance(value, dict) else value
        if media == MULTIPART and model is not None:
            _attach_files(body)
        kwargs["body"] = body
    return kwargs


def _attach_files(body: Any) -> None:
    """Binary fields of a multipart body get a real file (the sample put a string there)."""
    for key, attr, spec, _, _ in _decoding.model(type(body)).plan.rows:
        if spec is _decoding.FILE or getattr(spec, "inner", None) is _decoding.FILE:
            name = f"{key}.bin"
            setattr(body, attr, File(payload=io.BytesIO(b"\x00file\xff"), file_name=name))


def _model_class(annotation: Any, media: str = JSON_BODY) -> Any:
    """The body model of `media` in a body annotation (a union when there are several)."""
    models = [
        c
        for c in (annotation, *typing.get_args(annotation))
        if inspect.isclass(c) and hasattr(c, "from_dict")
    ]
    wanted = [c for c in models if hasattr(c, "to_multipart") == (media == MULTIPART)]
    return (wanted or models or [None])[0]


def request_violations(response: Any) -> list[str]:
    found = json.loads(response.headers.get("sl-violations", "[]"))
    return [
        f"{'.'.join(map(str, v['location']))}: {v['message']}"
        for v in found
        if v.get("location", [""])[0] == "request"
    ]


def prism_client(url: str, mode: str, **options: Any) -> EsperClient:
    """An EsperClient for the Prism at `url`, on `mode`'s async backend. No retries: a
    refusal is the answer under test."""
    return EsperClient(
        api_key="contract-test-key",
        base_url=url,
        retry=RetryPolicy(max_retries=0),
        async_backend=backend_of(mode),  # type: ignore[arg-type]
        **options,
    )


async def call_operation(
    mode: str, client: EsperClient, method: str, path: str, operation: dict[str, Any]
) -> Response[Any]:
    """Call `operation` with arguments built from the contract; a refusal fails the test."""
    module = module_of(operation)
    arguments = call_arguments(operation, module)
    try:
        response: Response[Any] = await call(
            mode, module, client=client, detailed=True, **arguments
        )
    except errors.APIStatusError as exc:
        pytest.fail(f"{method.upper()} {path}: Prism refused the request: {exc.body}")
    return response
