import datetime
from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.esper_device_heartbeat import EsperDeviceHeartbeat
from ...models.get_device_heartbeat_list_platform import (
    GetDeviceHeartbeatListPlatform,
)
from ...models.get_device_heartbeat_list_response_200 import GetDeviceHeartbeatListResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    last_seen_gt: datetime.datetime,
    last_seen_lt: datetime.datetime,
    platform: GetDeviceHeartbeatListPlatform | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_last_seen_gt = last_seen_gt.isoformat()
    params["last_seen_gt"] = json_last_seen_gt

    json_last_seen_lt = last_seen_lt.isoformat()
    params["last_seen_lt"] = json_last_seen_lt

    json_platform: str | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/heartbeat/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetDeviceHeartbeatListResponse200)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | GetDeviceHeartbeatListResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    last_seen_gt: datetime.datetime,
    last_seen_lt: datetime.datetime,
    platform: GetDeviceHeartbeatListPlatform | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | GetDeviceHeartbeatListResponse200]:
    """List when devices were last seen, for those seen within a time range (paged with limit and offset).

    Args:
        last_seen_gt (datetime.datetime): Start of the range: only devices last seen after this
            time.
        last_seen_lt (datetime.datetime): End of the range: only devices last seen before this
            time.
        platform (GetDeviceHeartbeatListPlatform | Unset): Only devices of this platform.
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
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | GetDeviceHeartbeatListResponse200]
    """

    kwargs = _get_kwargs(
        last_seen_gt=last_seen_gt,
        last_seen_lt=last_seen_lt,
        platform=platform,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(EsperDeviceHeartbeat)


def page_item(data: Any) -> EsperDeviceHeartbeat:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    *,
    client: ClientLike,
    last_seen_gt: datetime.datetime,
    last_seen_lt: datetime.datetime,
    platform: GetDeviceHeartbeatListPlatform | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetDeviceHeartbeatListResponse200:
    """List when devices were last seen, for those seen within a time range (paged with limit and offset).

    Args:
        last_seen_gt (datetime.datetime): Start of the range: only devices last seen after this
            time.
        last_seen_lt (datetime.datetime): End of the range: only devices last seen before this
            time.
        platform (GetDeviceHeartbeatListPlatform | Unset): Only devices of this platform.
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
        GetDeviceHeartbeatListResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            last_seen_gt=last_seen_gt,
            last_seen_lt=last_seen_lt,
            platform=platform,
            limit=limit,
            offset=offset,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    last_seen_gt: datetime.datetime,
    last_seen_lt: datetime.datetime,
    platform: GetDeviceHeartbeatListPlatform | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | GetDeviceHeartbeatListResponse200]:
    """List when devices were last seen, for those seen within a time range (paged with limit and offset).

    Args:
        last_seen_gt (datetime.datetime): Start of the range: only devices last seen after this
            time.
        last_seen_lt (datetime.datetime): End of the range: only devices last seen before this
            time.
        platform (GetDeviceHeartbeatListPlatform | Unset): Only devices of this platform.
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
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | GetDeviceHeartbeatListResponse200]
    """

    kwargs = _get_kwargs(
        last_seen_gt=last_seen_gt,
        last_seen_lt=last_seen_lt,
        platform=platform,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    last_seen_gt: datetime.datetime,
    last_seen_lt: datetime.datetime,
    platform: GetDeviceHeartbeatListPlatform | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetDeviceHeartbeatListResponse200:
    """List when devices were last seen, for those seen within a time range (paged with limit and offset).

    Args:
        last_seen_gt (datetime.datetime): Start of the range: only devices last seen after this
            time.
        last_seen_lt (datetime.datetime): End of the range: only devices last seen before this
            time.
        platform (GetDeviceHeartbeatListPlatform | Unset): Only devices of this platform.
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
        GetDeviceHeartbeatListResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            last_seen_gt=last_seen_gt,
            last_seen_lt=last_seen_lt,
            platform=platform,
            limit=limit,
            offset=offset,
        )
    )
