from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.get_device_operation_response_200 import GetDeviceOperationResponse200


def _get_kwargs(
    operations_id: UUID | str,
    device_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/operations/{path_segment(operations_id)}/devices/{path_segment(device_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetDeviceOperationResponse200)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GetDeviceOperationResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    operations_id: UUID | str,
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GetDeviceOperationResponse200]:
    """Read how one operation went on one device.

    Args:
        operations_id (UUID): The operation's id (a UUID).
        device_id (UUID): The device's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDeviceOperationResponse200]
    """

    kwargs = _get_kwargs(
        operations_id=operations_id,
        device_id=device_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    operations_id: UUID | str,
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> GetDeviceOperationResponse200:
    """Read how one operation went on one device.

    Args:
        operations_id (UUID): The operation's id (a UUID).
        device_id (UUID): The device's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDeviceOperationResponse200
    """

    return _rt.parsed(
        sync_detailed(
            operations_id=operations_id,
            device_id=device_id,
            client=client,
        )
    )


async def asyncio_detailed(
    operations_id: UUID | str,
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GetDeviceOperationResponse200]:
    """Read how one operation went on one device.

    Args:
        operations_id (UUID): The operation's id (a UUID).
        device_id (UUID): The device's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDeviceOperationResponse200]
    """

    kwargs = _get_kwargs(
        operations_id=operations_id,
        device_id=device_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    operations_id: UUID | str,
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> GetDeviceOperationResponse200:
    """Read how one operation went on one device.

    Args:
        operations_id (UUID): The operation's id (a UUID).
        device_id (UUID): The device's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDeviceOperationResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            operations_id=operations_id,
            device_id=device_id,
            client=client,
        )
    )
