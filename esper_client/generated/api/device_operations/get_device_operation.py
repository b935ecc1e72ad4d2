from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.get_device_operation_response_200 import GetDeviceOperationResponse200


def _get_kwargs(
    operations_id: UUID,
    device_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/operations/{path_segment(operations_id)}/devices/{path_segment(device_id)}/",
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> GetDeviceOperationResponse200 | None:
    if response.status_code == 200:
        response_200 = GetDeviceOperationResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GetDeviceOperationResponse200]:
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
    operations_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
) -> Response[GetDeviceOperationResponse200]:
    """Read how one operation went on one device.

    Args:
        operations_id (UUID):
        device_id (UUID):

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
    operations_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
) -> GetDeviceOperationResponse200 | None:
    """Read how one operation went on one device.

    Args:
        operations_id (UUID):
        device_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDeviceOperationResponse200
    """

    return sync_detailed(
        operations_id=operations_id,
        device_id=device_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    operations_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
) -> Response[GetDeviceOperationResponse200]:
    """Read how one operation went on one device.

    Args:
        operations_id (UUID):
        device_id (UUID):

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
    operations_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
) -> GetDeviceOperationResponse200 | None:
    """Read how one operation went on one device.

    Args:
        operations_id (UUID):
        device_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDeviceOperationResponse200
    """

    return (
        await asyncio_detailed(
            operations_id=operations_id,
            device_id=device_id,
            client=client,
        )
    ).parsed
