"""Identifiers never change the request path: '/', '..', '?', '#', '%' or spaces in a path
argument are percent-encoded into exactly one segment, for every operation of the contract.

Driven by openapi/esper.yaml: every operation with a path parameter is imported, its
`_get_kwargs` called with a hostile value for one path parameter (valid dummies for the
rest), and the request httpx would send is checked segment by segment.
"""

from __future__ import annotations

import inspect
import typing
from functools import cache
from types import ModuleType
from typing import Any
from urllib.parse import unquote
from uuid import UUID

import httpx
import pytest
from esper_contract.generator import python_identifier
from esper_testkit import contract, module_of, operations, resolve
from reliability_helpers import API_KEY, DEVICE_ID, ENTERPRISE_ID, call

from esper_client import EsperClient
from esper_client.generated.api.devices import get_device_by_id
from esper_client.generated.types import path_segment

BASE_URL = "https://acme-api.esper.cloud/api"
HOSTILE = [
    "a/b",
    "..",
    ".",
    "../../admin",
    "?x=1",
    "#fragment",
    "%",
    "%2F",
    "%2e%2e",
    "with space",
    "a?b#c%d e/f",
    "/",
    "?",
    "#",
    "\u00e9t\u00e9/\u00fc",
    "tab\there",
    "new\nline",
    "semi;colon=1",
    "@evil.example",
    "\\..\\",
]
UNSAFE = set("/?# \t\n\\")


OPERATIONS = [op for op in operations(contract()) if "{" in op[1]]  # those with path parameters


class AnyBody:
    """Stands in for a request body model: only its serializers are called."""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []


def dummy(annotation: Any) -> Any:
    if annotation is int:
        return 1
    if annotation is str:
        return "x"
    kinds = (annotation, *typing.get_args(annotation))
    if any(typing.get_origin(kind) is list for kind in kinds):
        return []
    return AnyBody()


def path_arguments(operation: dict[str, Any]) -> list[str]:
    names = [
        python_identifier(param["name"])
        for param in map(resolve, operation.get("parameters", []))
        if param.get("in") == "path"
    ]
    return [str(name) for name in names]


def build(module: ModuleType, path_values: dict[str, Any]) -> httpx.Request:
    arguments = dict(path_values)
    for name, param in inspect.signature(module._get_kwargs).parameters.items():
        if name not in arguments and param.default is inspect.Parameter.empty:
            arguments[name] = dummy(param.annotation)
    return builder().build_request(**module._get_kwargs(**arguments))


@cache
def builder() -> httpx.Client:
    """One client to build (never send) requests with: making one per request is slow."""
    return httpx.Client(
        base_url=BASE_URL, transport=httpx.MockTransport(lambda _: httpx.Response(500))
    )


def split_path(request: httpx.Request) -> list[str]:
    raw = request.url.raw_path.decode("ascii")
    return raw.partition("?")[0].split("/")


def test_every_operation_with_a_path_parameter_is_covered() -> None:
    assert len(OPERATIONS) > 250  # 267 when this was written
    for _, path, operation in OPERATIONS:
        module = module_of(operation)  # ImportError if the spec and the code disagree
        names = path_arguments(operation)
        assert len(names) == path.count("{"), f"{path}: {names}"
        assert set(names) <= inspect.signature(module._get_kwargs).parameters.keys()


@pytest.mark.parametrize(
    ("method", "path", "operation"),
    OPERATIONS,
    ids=[f"{method}:{operation['operationId']}" for method, _, operation in OPERATIONS],
)
def test_hostile_path_values_stay_one_encoded_segment(
    method: str, path: str, operation: dict[str, Any]
) -> None:
    module = module_of(operation)
    names = path_arguments(operation)
    template = ["", "api", *path.strip("/").split("/")] + ([""] if path.endswith("/") else [])
    placeholders = {segment[1:-1]: i for i, segment in enumerate(template) if segment[:1] == "{"}
    safe = {name: f"id-{n}" for n, name in enumerate(names)}
    baseline = build(module, safe)
    assert baseline.method == method.upper()
    assert split_path(baseline) == [
        safe[(python_identifier(s[1:-1]))] if s[:1] == "{" else s for s in template
    ]
    for name in names:
        index = next(i for raw, i in placeholders.items() if python_identifier(raw) == name)
        for value in HOSTILE:
            request = build(module, {**safe, name: value})
            segments = split_path(request)
            where = f"{method.upper()} {path} with {name}={value!r}: {request.url.raw_path!r}"
            assert len(segments) == len(template), where
            assert unquote(segments[index]) == value, where
            assert segments[index] not in (".", ".."), where
            assert not UNSAFE & set(segments[index]), where
            for i, segment in enumerate(segments):
                if i != index:
                    assert segment == split_path(baseline)[i], where
            assert request.url.params == baseline.url.params, where
            assert request.url.fragment == "", where
            assert request.url.host == "acme-api.esper.cloud", where


@pytest.mark.parametrize("value", ["", 0, "0", "-"])
def test_path_segment_refuses_only_the_empty_value(value: object) -> None:
    if value == "":
        with pytest.raises(ValueError, match="must not be empty"):
            path_segment(value)
    else:
        assert path_segment(value) == str(value)


def test_a_uuid_goes_as_its_text_but_a_uuid_subclass_is_still_quoted() -> None:
    # UUIDs skip quoting (their text is hex and hyphens); a subclass may print anything.
    value = UUID("0f8b8a3c-5b9e-4a6e-9d1e-2c3b4a5d6e7f")
    assert path_segment(value) == "0f8b8a3c-5b9e-4a6e-9d1e-2c3b4a5d6e7f"

    class Odd(UUID):
        def __str__(self) -> str:
            return "../x"

    assert path_segment(Odd(int=1)) == "..%2Fx"


def test_an_empty_identifier_is_refused_before_any_request() -> None:
    with pytest.raises(ValueError, match="must not be empty"):
        get_device_by_id._get_kwargs(ENTERPRISE_ID, "")


@pytest.mark.parametrize(
    ("device_id", "sent"),
    [
        ("..", "%2E%2E"),
        ("../../v2/enterprise", "..%2F..%2Fv2%2Fenterprise"),
        ("x?all=true#top", "x%3Fall%3Dtrue%23top"),
        ("50% off", "50%25%20off"),
    ],
)
async def test_hostile_identifiers_through_esper_client(
    mode: str, device_id: str, sent: str
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": str(DEVICE_ID), "device_name": "d"})

    async with EsperClient(
        api_key=API_KEY,
        base_url=BASE_URL,
        httpx_args={"transport": httpx.MockTransport(handler)},
    ) as client:
        device = await call(mode, get_device_by_id, ENTERPRISE_ID, device_id, client=client)
    assert device.device_name == "d"
    (request,) = seen
    assert request.url.raw_path == f"/api/enterprise/{ENTERPRISE_ID}/device/{sent}/".encode()
    assert request.url.query == b"" and request.url.fragment == ""
