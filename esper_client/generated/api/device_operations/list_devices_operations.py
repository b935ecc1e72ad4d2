from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.list_devices_operations_response_200 import ListDevicesOperationsResponse200


def _get_kwargs(
    device_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/devices/{path_segment(device_id)}/operations/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListDevicesOperationsResponse200)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ListDevicesOperationsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[ListDevicesOperationsResponse200]:
    """List the operations that touched one device.

    Args:
        device_id (UUID): The device's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDevicesOperationsResponse200]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> ListDevicesOperationsResponse200:
    """List the operations that touched one device.

    Args:
        device_id (UUID): The device's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDevicesOperationsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            device_id=device_id,
            client=client,
        )
    )


async def asyncio_detailed(
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[ListDevicesOperationsResponse200]:
    """List the operations that touched one device.

    Args:
        device_id (UUID): The device's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDevicesOperationsResponse200]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> ListDevicesOperationsResponse200:
    """List the operations that touched one device.

    Args:
        device_id (UUID): The device's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDevicesOperationsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            device_id=device_id,
            client=client,
        )
    )
