from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.device_apps_response import DeviceAppsResponse
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_devices_device_apps_app_type import (
    ListDevicesDeviceAppsAppType,
)
from ...models.list_devices_device_apps_response_200 import ListDevicesDeviceAppsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    device_id: UUID | str,
    *,
    app_type: ListDevicesDeviceAppsAppType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_app_type: str | Unset = UNSET
    if not isinstance(app_type, Unset):
        json_app_type = app_type

    params["app_type"] = json_app_type

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/devices/{path_segment(device_id)}/device-apps/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListDevicesDeviceAppsResponse200)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    device_id: UUID | str,
    *,
    client: ClientLike,
    app_type: ListDevicesDeviceAppsAppType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200]:
    """List the apps on one device, optionally of some app types only (paged with limit and offset).

    Args:
        device_id (UUID | str): The device's id.
        app_type (ListDevicesDeviceAppsAppType | Unset): Only apps of these types, comma-
            separated.
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        app_type=app_type,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(DeviceAppsResponse)


def page_item(data: Any) -> DeviceAppsResponse:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    device_id: UUID | str,
    *,
    client: ClientLike,
    app_type: ListDevicesDeviceAppsAppType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ListDevicesDeviceAppsResponse200:
    """List the apps on one device, optionally of some app types only (paged with limit and offset).

    Args:
        device_id (UUID | str): The device's id.
        app_type (ListDevicesDeviceAppsAppType | Unset): Only apps of these types, comma-
            separated.
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListDevicesDeviceAppsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            device_id=device_id,
            client=client,
            app_type=app_type,
            limit=limit,
            offset=offset,
        )
    )


async def asyncio_detailed(
    device_id: UUID | str,
    *,
    client: ClientLike,
    app_type: ListDevicesDeviceAppsAppType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200]:
    """List the apps on one device, optionally of some app types only (paged with limit and offset).

    Args:
        device_id (UUID | str): The device's id.
        app_type (ListDevicesDeviceAppsAppType | Unset): Only apps of these types, comma-
            separated.
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        app_type=app_type,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: UUID | str,
    *,
    client: ClientLike,
    app_type: ListDevicesDeviceAppsAppType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ListDevicesDeviceAppsResponse200:
    """List the apps on one device, optionally of some app types only (paged with limit and offset).

    Args:
        device_id (UUID | str): The device's id.
        app_type (ListDevicesDeviceAppsAppType | Unset): Only apps of these types, comma-
            separated.
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListDevicesDeviceAppsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            app_type=app_type,
            limit=limit,
            offset=offset,
        )
    )
