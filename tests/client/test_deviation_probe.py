"""The deviation probe: one odd field in a body never loses the response, and strict mode names it.

For the models users read most (devices, groups, apps and versions, Commands V2 requests and
statuses, operations, device operations, pipelines, the enterprise), list and detail, sync and
async, every category of deviation a Django REST server produces is put into one field of a
body that otherwise fits, and served through EsperClient and the generated functions:

* by default the response decodes, the odd value is kept as sent (or read, for other
  date-time forms), and exactly that deviation is reported, at its path;
* with `strict=True` the call raises ResponseDecodeError naming that path;
* `paginate` over three pages with the odd item on the middle one yields every item.

Bodies are built from the decoder's own specs (so a clean body is checked to deviate nowhere
before it is spoiled), and the field each category spoils is picked by its declared type.
"""

from __future__ import annotations

import datetime as dt
import inspect
import itertools
import json
from collections.abc import Callable
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pytest
from client_helpers import call, mock_client

from esper_client import EsperClient, apaginate, deviations, errors, paginate
from esper_client import _decoding as D
from esper_client.generated.api.applications import (
    get_all_applications,
    get_app_version,
    get_app_versions,
    get_application,
)
from esper_client.generated.api.command_requests import get_command_request, list_command_requests
from esper_client.generated.api.command_status import get_command_request_statuses
from esper_client.generated.api.company_settings import get_enterprise
from esper_client.generated.api.device_groups import get_all_groups, get_group_by_id
from esper_client.generated.api.device_operations import get_device_operation, get_device_operations
from esper_client.generated.api.devices import get_all_devices, get_device_by_id
from esper_client.generated.api.operations import get_operation, get_operations_list
from esper_client.generated.api.pipelines import get_pipeline, get_pipelines
from esper_client.generated.types import UNSET

OPERATIONS: list[tuple[str, ModuleType]] = [
    ("devices", get_all_devices),
    ("devices", get_device_by_id),
    ("device groups", get_all_groups),
    ("device groups", get_group_by_id),
    ("applications", get_all_applications),
    ("applications", get_application),
    ("app versions", get_app_versions),
    ("app versions", get_app_version),
    ("command requests", list_command_requests),
    ("command requests", get_command_request),
    ("command statuses", get_command_request_statuses),
    ("operations", get_operations_list),
    ("operations", get_operation),
    ("device operations", get_device_operations),
    ("device operations", get_device_operation),
    ("pipelines", get_pipelines),
    ("pipelines", get_pipeline),
    ("enterprise", get_enterprise),
]

_numbers = itertools.count(1)


def clean(spec: D.Spec, depth: int = 0) -> Any:
    """A JSON value that fits `spec` exactly (every field of a model filled, a few levels deep)."""
    if isinstance(spec, D._Nullable):
        return clean(spec.inner, depth)
    if isinstance(spec, D.UnionSpec):
        return clean(spec.arms[0], depth)
    if isinstance(spec, D.ModelSpec):
        if depth > 3:
            return {key: clean(s, depth + 1) for key, _, s, req, _ in spec.plan.rows if req}
        return {key: clean(s, depth + 1) for key, _, s, _, _ in spec.plan.rows}
    if isinstance(spec, D.ListSpec):
        return [clean(spec.items, depth + 1)]
    if isinstance(spec, D.DictSpec):
        return {"key": clean(spec.values, depth + 1)}
    if isinstance(spec, D.EnumSpec):
        return spec.values[0]
    if isinstance(spec, D.ConstSpec):
        return spec.value
    simple = {
        D.STR: "text",
        D.INT: next(_numbers),
        D.FLOAT: 1.5,
        D.BOOL: True,
        D.UUID_: str(UUID(int=next(_numbers))),
        D.DATETIME: "2024-03-01T10:15:30+00:00",
        D.DATE: "2024-03-01",
        D.FILE: "file",
    }
    return simple.get(spec, {"any": 1})


def body_spec(module: ModuleType) -> D.Spec:
    source, spec = module._RESPONSES.success
    assert source == "json" and spec is not None
    return spec


def field(spec: D.Spec, name: str) -> D.Spec | None:
    if isinstance(spec, D.ModelSpec):
        for key, _, sub, _, _ in spec.plan.rows:
            if key == name:
                return sub
    return None


def item_location(module: ModuleType) -> tuple[tuple[str | int, ...], D.ModelSpec]:
    """Where in the 200 body the model users read is: (path, its spec)."""
    spec = body_spec(module)
    content = field(spec, "content")
    if hasattr(module, "page_item"):  # a listing: the first item of `results`
        page = content if content is not None and field(content, "results") else spec
        items = field(page, "results")
        assert isinstance(items, D.ListSpec)
        item = items.items
        prefix: tuple[str | int, ...] = ("content",) if page is content else ()
        assert isinstance(item, D.ModelSpec), module.__name__
        return (*prefix, "results", 0), item
    if isinstance(content, D.ModelSpec):
        return ("content",), content
    assert isinstance(spec, D.ModelSpec)
    return (), spec


def rows(model: D.ModelSpec) -> list[tuple[str, D.Spec, bool]]:
    return [(key, spec, required) for key, _, spec, required, _ in model.plan.rows]


def plain(spec: D.Spec) -> D.Spec:
    return spec.inner if isinstance(spec, D._Nullable) else spec


Path = tuple[str, ...]


def find(model: D.ModelSpec, ok: Callable[[D.Spec, bool], bool]) -> Path | None:
    """The first field (the model's own first, then its nested objects') that `ok` accepts."""
    queue: list[tuple[Path, D.ModelSpec]] = [((), model)]
    seen: set[int] = set()
    while queue:
        prefix, current = queue.pop(0)
        if id(current) in seen or len(prefix) > 3:
            continue
        seen.add(id(current))
        for key, spec, required in rows(current):
            if ok(spec, required):
                return (*prefix, key)
        for key, spec, _ in rows(current):
            if isinstance(plain(spec), D.ModelSpec):
                queue.append(((*prefix, key), plain(spec)))  # type: ignore[arg-type]
    return None


def of(model: D.ModelSpec, wanted: D.Spec | type) -> Path | None:
    def ok(spec: D.Spec, required: bool) -> bool:
        base = plain(spec)
        return base is wanted or (isinstance(wanted, type) and isinstance(base, wanted))

    return find(model, ok)


# category -> (pick the field to spoil, the value sent, the kind reported, the value kept)
KEPT = object()  # "the value sent"
CATEGORIES: dict[str, tuple[Callable[[D.ModelSpec], Path | None], Any, str, Any]] = {
    "null": (lambda m: find(m, lambda s, r: not s.nullable), None, "null", None),
    "missing": (lambda m: find(m, lambda s, r: r), UNSET, "missing", UNSET),
    "str-for-int": (lambda m: of(m, D.INT), "12", "type", KEPT),
    "int-for-str": (lambda m: of(m, D.STR), 12, "type", KEPT),
    "true-string-for-bool": (lambda m: of(m, D.BOOL), "true", "type", KEPT),
    "empty-uuid": (lambda m: of(m, D.UUID_), "", "format", KEPT),
    "empty-date-time": (lambda m: of(m, D.DATETIME), "", "format", KEPT),
    "unknown-enum": (lambda m: of(m, D.EnumSpec), "NEVER_SEEN_VALUE", "enum", KEPT),
    "naive-date-time": (
        lambda m: of(m, D.DATETIME),
        "2024-03-01T10:15:30",
        "form",
        dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=dt.UTC),
    ),
    "date-for-date-time": (
        lambda m: of(m, D.DATETIME),
        "2024-03-01",
        "form",
        dt.datetime(2024, 3, 1, tzinfo=dt.UTC),
    ),
    "http-date-time": (
        lambda m: of(m, D.DATETIME),
        "Fri, 01 Mar 2024 10:15:30 GMT",
        "form",
        dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=dt.UTC),
    ),
    "unix-date-time": (
        lambda m: of(m, D.DATETIME),
        1709288130,
        "form",
        dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=dt.UTC),
    ),
}


def cases() -> list[tuple[str, ModuleType, str]]:
    out = []
    for label, module in OPERATIONS:
        _, item = item_location(module)
        for category, (pick, *_rest) in CATEGORIES.items():
            if pick(item) is not None:
                out.append((label, module, category))
    return out


CASES = cases()


def test_the_probe_covers_every_category_for_the_models_users_read_most() -> None:
    labels = {label for label, _ in OPERATIONS}
    assert len(labels) >= 10
    for category in CATEGORIES:
        covered = {label for label, _, c in CASES if c == category}
        # A model with no field of the category's type cannot have that deviation; every
        # category is exercised on most of the models all the same.
        assert len(covered) >= 5, (category, sorted(labels - covered))
    for label in labels:
        assert sum(label == case[0] for case in CASES) >= 6, label


def spoiled(module: ModuleType, category: str) -> tuple[dict[str, Any], tuple[str | int, ...], Any]:
    """(the body, the path of the spoiled field from the decoded result, the value sent)."""
    path, item = item_location(module)
    body = clean(body_spec(module))
    if hasattr(module, "page_item"):
        container = body
        for part in path[:-2]:
            container = container[part]
        container["results"] = [clean(item), clean(item), clean(item)]
        container["count"] = 3
        for link in ("next", "previous"):
            if link in container:
                container[link] = None
    pick, sent, _, _ = CATEGORIES[category]
    keys = pick(item)
    assert keys is not None
    target = body
    for part in (*path, *keys[:-1]):
        target = target[part]
    if sent is UNSET:
        del target[keys[-1]]
    else:
        target[keys[-1]] = sent
    return body, (*path, *keys), sent


def client_for(body: dict[str, Any], **options: Any) -> EsperClient:
    return mock_client(lambda request: httpx.Response(200, json=body), **options)


def arguments(module: ModuleType) -> dict[str, Any]:
    """Path arguments for the operation, by name (as paginate takes them): ids where ids go."""
    values = {}
    for parameter in inspect.signature(module.sync).parameters.values():
        if parameter.kind is not parameter.POSITIONAL_OR_KEYWORD:
            break
        annotation = str(parameter.annotation)
        values[parameter.name] = 7 if annotation == "int" else UUID(int=next(_numbers))
    return values


def dig(value: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        if isinstance(part, int):
            value = value[part]
        else:
            fields = {key: attr for key, attr, *_ in D.model(type(value)).plan.rows}
            value = getattr(value, fields[part])
    return value


def where(path: tuple[str | int, ...]) -> str:
    return D.Deviation(path, "", "", "", "", "").where


@pytest.mark.parametrize(
    ("label", "module", "category"),
    CASES,
    ids=[f"{m.__name__.rsplit('.', 1)[1]}-{c}" for _, m, c in CASES],
)
async def test_one_odd_field_is_kept_reported_and_named_in_strict_mode(
    in_process_mode: str, label: str, module: ModuleType, category: str
) -> None:
    body, path, sent = spoiled(module, category)
    args = arguments(module)
    _, _, kind, kept = CATEGORIES[category]

    # A clean body deviates nowhere (the probe's own bodies are right).
    async with client_for(clean(body_spec(module))) as tidy:
        response = await call(in_process_mode, module, client=tidy, detailed=True, **args)
    assert response.status_code == 200 and response.deviations == ()

    async with client_for(body) as client:
        result = await call(in_process_mode, module, client=client, **args)
    assert result is not None  # nothing lost
    value = dig(result, path)
    assert value == (sent if kept is KEPT else kept) and type(value) is type(
        sent if kept is KEPT else kept
    )
    found = [(d.where, d.kind) for d in deviations(result)]
    assert found == [(where(path), kind)]
    if hasattr(module, "page_item"):  # the other items of the page decoded untouched
        at = path.index("results")
        items = dig(result, path[: at + 1])
        assert len(items) == 3 and deviations(items[1]) == () and deviations(items[2]) == ()
        within = path[at + 2 :]
        assert [(d.where, d.kind) for d in deviations(items[0])] == [(where(within), kind)]

    async with client_for(body, strict=True) as strict:
        with pytest.raises(errors.ResponseDecodeError) as info:
            await call(in_process_mode, module, client=strict, **args)
    exc = info.value
    assert exc.path == where(path) and exc.deviation is not None and exc.deviation.kind == kind
    assert exc.model and exc.expected and exc.received is not None
    assert f"{exc.model}.{where(path)}: expected" in str(exc)


LISTINGS = [(label, module) for label, module in OPERATIONS if hasattr(module, "page_item")]


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
@pytest.mark.parametrize(
    ("label", "module"), LISTINGS, ids=[m.__name__.rsplit(".", 1)[1] for _, m in LISTINGS]
)
async def test_paginate_keeps_every_page_when_a_middle_page_has_an_odd_item(
    in_process_mode: str, label: str, module: ModuleType, strict: bool
) -> None:
    path, item = item_location(module)
    page_path = path[:-2]
    keys = CATEGORIES["null"][0](item)
    assert keys is not None and len(keys) == 1  # a field of the item itself
    key = keys[0]
    items = []
    for n in range(6):
        one = clean(item)
        if "id" in one and D.UUID_ is plain(field(item, "id") or D.ANY):
            one["id"] = str(UUID(int=n + 1))
        items.append(one)
    items[3][key] = None  # page 2 of 3, second item

    def answer(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 20))
        page: dict[str, Any] = {"count": 6, "results": items[offset : offset + limit]}
        body: dict[str, Any] = page
        for part in reversed(page_path):
            body = {part: body}
        return httpx.Response(200, json=body)

    args = arguments(module)
    seen: list[Any] = []

    async def collect(client: EsperClient) -> None:
        if in_process_mode == "sync":
            for one in paginate(module, client=client, page_size=2, **args):
                seen.append(one)
        else:
            async for one in apaginate(module, client=client, page_size=2, **args):
                seen.append(one)

    async with mock_client(answer, strict=strict) as client:
        if strict:
            with pytest.raises(errors.ResponseDecodeError) as info:
                await collect(client)
            assert len(seen) == 2  # page 1 was yielded; page 2 is named
            assert info.value.path == where((*page_path, "results", 1, key))
        else:
            await collect(client)
            assert len(seen) == 6  # pages 2 and 3 kept
            assert [(d.where, d.kind) for d in deviations(seen[3])] == [(key, "null")]
            assert all(deviations(one) == () for n, one in enumerate(seen) if n != 3)


def test_the_probe_bodies_are_json() -> None:
    for _, module, category in CASES[:5]:
        body, _, _ = spoiled(module, category)
        json.dumps(body)


@pytest.mark.parametrize(
    ("label", "module"), OPERATIONS, ids=[m.__name__.rsplit(".", 1)[1] for _, m in OPERATIONS]
)
async def test_extra_keys_are_kept_and_only_reported_where_the_model_allows_none(
    in_process_mode: str, label: str, module: ModuleType
) -> None:
    path, item = item_location(module)
    body = clean(body_spec(module))
    target = body
    for part in path:
        if isinstance(part, int):
            target["results"] = [clean(item)]
            target = target["results"][0]
        elif part != "results":
            target = target[part]
    target["zz_from_a_newer_server"] = {"nested": [1, 2]}
    async with client_for(body, strict=True) as client:
        result = await call(in_process_mode, module, client=client, **arguments(module))
    decoded = dig(result, path)
    assert decoded.additional_properties["zz_from_a_newer_server"] == {"nested": [1, 2]}
    assert deviations(result) == ()  # allowed by the contract: kept, and no deviation
