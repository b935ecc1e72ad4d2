import datetime
from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.get_tile_icons_response_200 import GetTileIconsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: str,
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

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> ErrorResponse | GetTileIconsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetTileIconsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetTileIconsResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except BODY_ERRORS as exc:
        raise response_body_error(client, response, exc) from exc
    return Response(
        status_code=as_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    enterprise_id: str,
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
    """
    Args:
        enterprise_id (str):
        created_on_gt (datetime.datetime | Unset):
        created_on_lt (datetime.datetime | Unset):
        updated_on_gt (datetime.datetime | Unset):
        updated_on_lt (datetime.datetime | Unset):
        category (str | Unset):
        device_model (str | Unset):
        custom (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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


def sync(
    enterprise_id: str,
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
) -> ErrorResponse | GetTileIconsResponse200 | None:
    """
    Args:
        enterprise_id (str):
        created_on_gt (datetime.datetime | Unset):
        created_on_lt (datetime.datetime | Unset):
        updated_on_gt (datetime.datetime | Unset):
        updated_on_lt (datetime.datetime | Unset):
        category (str | Unset):
        device_model (str | Unset):
        custom (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTileIconsResponse200
    """

    return sync_detailed(
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
    ).parsed


async def asyncio_detailed(
    enterprise_id: str,
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
    """
    Args:
        enterprise_id (str):
        created_on_gt (datetime.datetime | Unset):
        created_on_lt (datetime.datetime | Unset):
        updated_on_gt (datetime.datetime | Unset):
        updated_on_lt (datetime.datetime | Unset):
        category (str | Unset):
        device_model (str | Unset):
        custom (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    enterprise_id: str,
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
) -> ErrorResponse | GetTileIconsResponse200 | None:
    """
    Args:
        enterprise_id (str):
        created_on_gt (datetime.datetime | Unset):
        created_on_lt (datetime.datetime | Unset):
        updated_on_gt (datetime.datetime | Unset):
        updated_on_lt (datetime.datetime | Unset):
        category (str | Unset):
        device_model (str | Unset):
        custom (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTileIconsResponse200
    """

    return (
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
    ).parsed
