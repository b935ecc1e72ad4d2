from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.device_info import DeviceInfo


def _get_kwargs(
    enterprise_id: UUID | str,
    device_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/enterprise/{path_segment(enterprise_id)}/device/{path_segment(device_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(DeviceInfo)),
        400: ("none", None),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[Any | DeviceInfo]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[Any | DeviceInfo]:
    """Read one device by its id.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        device_id (UUID): The device's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeviceInfo]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        device_id=device_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> DeviceInfo:
    """Read one device by its id.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        device_id (UUID): The device's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceInfo
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            device_id=device_id,
            client=client,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[Any | DeviceInfo]:
    """Read one device by its id.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        device_id (UUID): The device's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeviceInfo]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        device_id=device_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> DeviceInfo:
    """Read one device by its id.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        device_id (UUID): The device's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceInfo
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            device_id=device_id,
            client=client,
        )
    )
