"""paginate / apaginate over both page shapes, stop rules, and a server that ignores offset."""

from __future__ import annotations

import types
import uuid
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import httpx
import pytest
import respx
from client_helpers import ENTERPRISE_ID, OPERATION_ID

from esper_client import EsperClient, apaginate, errors, paginate
from esper_client.generated.api.device_operations import get_device_operation, get_device_operations
from esper_client.generated.api.devices import get_all_devices
from esper_client.generated.api.operations import get_operations_list
from esper_client.generated.models import DeviceInfo, DeviceOperationWithStats
from esper_client.generated.types import Response

DEVICES_URL = f"/enterprise/{ENTERPRISE_ID}/device/"
DEVICE_OPS_URL = f"/v0/operations/{OPERATION_ID}/devices/"
IDS = [uuid.UUID(int=n) for n in range(1, 8)]


def offset_server(
    items: list[dict[str, Any]], *, nested: bool, count: bool = True
) -> Callable[[httpx.Request], httpx.Response]:
    """A list endpoint that honours limit and offset, in either page shape."""

    def respond(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params["limit"])
        offset = int(request.url.params.get("offset", 0))
        page: dict[str, Any] = {
            "next": None,
            "previous": None,
            "results": items[offset : offset + limit],
        }
        if count:
            page["count"] = len(items)
        return httpx.Response(200, json={"content": page} if nested else page)

    return respond


async def collect(mode: str, operation: Any, **kwargs: Any) -> list[Any]:
    if mode == "sync":
        return list(paginate(operation, **kwargs))
    return [item async for item in apaginate(operation, **kwargs)]


async def test_top_level_pages_stop_when_count_is_reached(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    devices = [{"id": str(i)} for i in IDS[:5]]
    route = api.get(DEVICES_URL).mock(side_effect=offset_server(devices, nested=False))
    items = await collect(
        mode, get_all_devices, client=client, enterprise_id=ENTERPRISE_ID, page_size=2
    )
    assert [item.id for item in items] == IDS[:5]
    assert all(isinstance(item, DeviceInfo) for item in items)
    assert [dict(call.request.url.params) for call in route.calls] == [
        {"limit": "2", "offset": "0"},
        {"limit": "2", "offset": "2"},
        {"limit": "2", "offset": "4"},
    ]


async def test_pages_inside_content_stop_on_an_empty_page_without_count(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    records = [{"id": str(i), "state": 50} for i in IDS[:3]]
    route = api.get(DEVICE_OPS_URL).mock(
        side_effect=offset_server(records, nested=True, count=False)
    )
    items = await collect(
        mode, get_device_operations, client=client, operations_id=OPERATION_ID, page_size=2
    )
    assert [item.id for item in items] == IDS[:3]
    assert all(isinstance(item, DeviceOperationWithStats) for item in items)
    assert route.call_count == 3  # 2 items, 1 item, then the empty page


async def test_operations_list_is_paged_too(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    operations = [{"id": str(i)} for i in IDS]
    api.get("/v0/operations/").mock(side_effect=offset_server(operations, nested=True))
    items = await collect(mode, get_operations_list, client=client, page_size=3)
    assert [item.id for item in items] == IDS


async def test_a_server_capping_the_page_size_is_followed_to_the_end(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    devices = [{"id": str(i)} for i in IDS]
    serve = offset_server(devices, nested=False)

    def capped(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        params["limit"] = str(min(int(params["limit"]), 3))
        return serve(httpx.Request("GET", request.url.copy_with(params=params)))

    route = api.get(DEVICES_URL).mock(side_effect=capped)
    items = await collect(mode, get_all_devices, client=client, enterprise_id=ENTERPRISE_ID)
    assert [item.id for item in items] == IDS
    assert [call.request.url.params["offset"] for call in route.calls] == ["0", "3", "6"]


async def test_a_server_that_ignores_offset_raises_instead_of_looping(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    page = {
        "count": 1000,
        "next": "https://x/?offset=2",
        "results": [{"id": str(i)} for i in IDS[:2]],
    }
    route = api.get(DEVICES_URL).respond(json=page)
    seen: list[Any] = []
    with pytest.raises(errors.PaginationError, match="ignore `offset`"):
        if mode == "sync":
            for item in paginate(
                get_all_devices, client=client, enterprise_id=ENTERPRISE_ID, page_size=2
            ):
                seen.append(item)
        else:
            async for item in apaginate(
                get_all_devices, client=client, enterprise_id=ENTERPRISE_ID, page_size=2
            ):
                seen.append(item)
    assert [item.id for item in seen] == IDS[:2]  # the first page, no duplicates
    assert route.call_count == 2


async def test_pages_are_fetched_only_as_items_are_consumed(
    client: EsperClient, api: respx.MockRouter
) -> None:
    devices = [{"id": str(i)} for i in IDS]
    route = api.get(DEVICES_URL).mock(side_effect=offset_server(devices, nested=False))
    iterator = paginate(get_all_devices, client=client, enterprise_id=ENTERPRISE_ID, page_size=2)
    assert route.call_count == 0
    next(iterator)
    next(iterator)
    assert route.call_count == 1
    next(iterator)
    assert route.call_count == 2
    aiterator = apaginate(get_all_devices, client=client, enterprise_id=ENTERPRISE_ID, page_size=2)
    await anext(aiterator)
    assert route.call_count == 3


@pytest.mark.parametrize(
    "operation",
    [
        get_all_devices,
        get_all_devices.sync,
        get_all_devices.sync_detailed,
        get_all_devices.asyncio,
        get_all_devices.asyncio_detailed,
    ],
    ids=["module", "sync", "sync_detailed", "asyncio", "asyncio_detailed"],
)
async def test_the_module_or_any_of_its_functions_can_be_passed(
    mode: str, operation: Any, client: EsperClient, api: respx.MockRouter
) -> None:
    api.get(DEVICES_URL).mock(side_effect=offset_server([{"id": str(IDS[0])}], nested=False))
    items = await collect(mode, operation, client=client, enterprise_id=ENTERPRISE_ID)
    assert [item.id for item in items] == IDS[:1]


def test_anything_else_is_refused(client: EsperClient) -> None:
    with pytest.raises(TypeError, match="generated operation"):
        next(paginate(len, client=client))


def test_an_operation_without_limit_and_offset_is_refused(client: EsperClient) -> None:
    with pytest.raises(TypeError, match="not a list operation"):
        next(paginate(get_device_operation, client=client))


def test_a_response_without_a_page_is_refused(client: EsperClient) -> None:
    fake = types.ModuleType("fake_operation")

    def sync_detailed(*, client: Any, limit: int, offset: int) -> Response[Any]:
        return Response(status_code=HTTPStatus.OK, content=b"{}", headers={}, parsed=object())

    fake.sync_detailed = sync_detailed  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="is it a list operation"):
        next(paginate(fake, client=client))


def test_limit_belongs_to_page_size(client: EsperClient) -> None:
    with pytest.raises(TypeError, match="page_size"):
        next(paginate(get_all_devices, client=client, enterprise_id=ENTERPRISE_ID, limit=5))
    with pytest.raises(ValueError, match="page_size must be >= 1"):
        next(paginate(get_all_devices, client=client, enterprise_id=ENTERPRISE_ID, page_size=0))


async def test_filters_and_a_start_offset_are_passed_on(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    records = [{"id": str(i), "state": 40} for i in IDS]
    route = api.get(DEVICE_OPS_URL).mock(side_effect=offset_server(records, nested=True))
    items = await collect(
        mode, get_device_operations, client=client, operations_id=OPERATION_ID, state=40, offset=5
    )
    assert [item.id for item in items] == IDS[5:]
    assert dict(route.calls[0].request.url.params) == {"limit": "100", "offset": "5", "state": "40"}


async def test_an_error_page_raises_even_without_raise_on_error(
    mode: str, make_client: Callable[..., EsperClient], api: respx.MockRouter
) -> None:
    client = make_client(raise_on_error=False)
    api.get(DEVICES_URL).respond(404, json={"message": "no such enterprise", "errors": []})
    with pytest.raises(errors.NotFoundError, match="no such enterprise") as info:
        await collect(mode, get_all_devices, client=client, enterprise_id=ENTERPRISE_ID)
    assert info.value.response is not None and info.value.response.status_code == 404


async def test_a_page_without_results_ends_the_listing(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    api.get(DEVICE_OPS_URL).respond(json={})
    assert (
        await collect(mode, get_device_operations, client=client, operations_id=OPERATION_ID) == []
    )
