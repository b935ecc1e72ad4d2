import datetime
from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.get_tile_icons_response_200 import GetTileIconsResponse200
from ...models.tile_icon import TileIcon
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    *,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    device_model: str | Unset = UNSET,
    custom: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_created_on_gt: str | Unset = UNSET
    if not isinstance(created_on_gt, Unset):
        json_created_on_gt = created_on_gt.isoformat()
    params["created_on_gt"] = json_created_on_gt

    json_created_on_lt: str | Unset = UNSET
    if not isinstance(created_on_lt, Unset):
        json_created_on_lt = created_on_lt.isoformat()
    params["created_on_lt"] = json_created_on_lt

    json_updated_on_gt: str | Unset = UNSET
    if not isinstance(updated_on_gt, Unset):
        json_updated_on_gt = updated_on_gt.isoformat()
    params["updated_on_gt"] = json_updated_on_gt

    json_updated_on_lt: str | Unset = UNSET
    if not isinstance(updated_on_lt, Unset):
        json_updated_on_lt = updated_on_lt.isoformat()
    params["updated_on_lt"] = json_updated_on_lt

    params["category"] = category

    params["device_model"] = device_model

    params["custom"] = custom

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/enterprise/{path_segment(enterprise_id)}/tile-icons/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetTileIconsResponse200)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetTileIconsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    device_model: str | Unset = UNSET,
    custom: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetTileIconsResponse200]:
    """List the enterprise's tile icons (device pictures), with filters.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        created_on_gt (datetime.datetime | Unset): Only icons created after this time.
        created_on_lt (datetime.datetime | Unset): Only icons created before this time.
        updated_on_gt (datetime.datetime | Unset): Only icons last changed after this time.
        updated_on_lt (datetime.datetime | Unset): Only icons last changed before this time.
        category (str | Unset): Only icons of this device category (mobile, tablet, rugged, pos,
            digital_signage, kiosk).
        device_model (str | Unset): Only icons for this device model.
        custom (bool | Unset): True for only icons uploaded by the enterprise, false for only the
            built-in ones.
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
        Response[ErrorResponse | GetTileIconsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        created_on_gt=created_on_gt,
        created_on_lt=created_on_lt,
        updated_on_gt=updated_on_gt,
        updated_on_lt=updated_on_lt,
        category=category,
        device_model=device_model,
        custom=custom,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(TileIcon)


def page_item(data: Any) -> TileIcon:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    device_model: str | Unset = UNSET,
    custom: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetTileIconsResponse200:
    """List the enterprise's tile icons (device pictures), with filters.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        created_on_gt (datetime.datetime | Unset): Only icons created after this time.
        created_on_lt (datetime.datetime | Unset): Only icons created before this time.
        updated_on_gt (datetime.datetime | Unset): Only icons last changed after this time.
        updated_on_lt (datetime.datetime | Unset): Only icons last changed before this time.
        category (str | Unset): Only icons of this device category (mobile, tablet, rugged, pos,
            digital_signage, kiosk).
        device_model (str | Unset): Only icons for this device model.
        custom (bool | Unset): True for only icons uploaded by the enterprise, false for only the
            built-in ones.
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
        GetTileIconsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            client=client,
            created_on_gt=created_on_gt,
            created_on_lt=created_on_lt,
            updated_on_gt=updated_on_gt,
            updated_on_lt=updated_on_lt,
            category=category,
            device_model=device_model,
            custom=custom,
            limit=limit,
            offset=offset,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    device_model: str | Unset = UNSET,
    custom: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetTileIconsResponse200]:
    """List the enterprise's tile icons (device pictures), with filters.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        created_on_gt (datetime.datetime | Unset): Only icons created after this time.
        created_on_lt (datetime.datetime | Unset): Only icons created before this time.
        updated_on_gt (datetime.datetime | Unset): Only icons last changed after this time.
        updated_on_lt (datetime.datetime | Unset): Only icons last changed before this time.
        category (str | Unset): Only icons of this device category (mobile, tablet, rugged, pos,
            digital_signage, kiosk).
        device_model (str | Unset): Only icons for this device model.
        custom (bool | Unset): True for only icons uploaded by the enterprise, false for only the
            built-in ones.
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
        Response[ErrorResponse | GetTileIconsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        created_on_gt=created_on_gt,
        created_on_lt=created_on_lt,
        updated_on_gt=updated_on_gt,
        updated_on_lt=updated_on_lt,
        category=category,
        device_model=device_model,
        custom=custom,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    device_model: str | Unset = UNSET,
    custom: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetTileIconsResponse200:
    """List the enterprise's tile icons (device pictures), with filters.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        created_on_gt (datetime.datetime | Unset): Only icons created after this time.
        created_on_lt (datetime.datetime | Unset): Only icons created before this time.
        updated_on_gt (datetime.datetime | Unset): Only icons last changed after this time.
        updated_on_lt (datetime.datetime | Unset): Only icons last changed before this time.
        category (str | Unset): Only icons of this device category (mobile, tablet, rugged, pos,
            digital_signage, kiosk).
        device_model (str | Unset): Only icons for this device model.
        custom (bool | Unset): True for only icons uploaded by the enterprise, false for only the
            built-in ones.
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
        GetTileIconsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            created_on_gt=created_on_gt,
            created_on_lt=created_on_lt,
            updated_on_gt=updated_on_gt,
            updated_on_lt=updated_on_lt,
            category=category,
            device_model=device_model,
            custom=custom,
            limit=limit,
            offset=offset,
        )
    )
