from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.device_app import DeviceApp
from ...models.error_response import ErrorResponse


def _get_kwargs(
    enterprise_id: UUID | str,
    device_id: UUID | str,
    app_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/enterprise/{path_segment(enterprise_id)}/device/{path_segment(device_id)}/app/{path_segment(app_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(DeviceApp)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[DeviceApp | ErrorResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    device_id: UUID | str,
    app_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[DeviceApp | ErrorResponse]:
    """Read one app as it is on a given device.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        device_id (str): The device's id (a UUID).
        app_id (UUID): The device app's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceApp | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        device_id=device_id,
        app_id=app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    device_id: UUID | str,
    app_id: UUID | str,
    *,
    client: ClientLike,
) -> DeviceApp:
    """Read one app as it is on a given device.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        device_id (str): The device's id (a UUID).
        app_id (UUID): The device app's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceApp
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            device_id=device_id,
            app_id=app_id,
            client=client,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    device_id: UUID | str,
    app_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[DeviceApp | ErrorResponse]:
    """Read one app as it is on a given device.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        device_id (str): The device's id (a UUID).
        app_id (UUID): The device app's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceApp | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        device_id=device_id,
        app_id=app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    device_id: UUID | str,
    app_id: UUID | str,
    *,
    client: ClientLike,
) -> DeviceApp:
    """Read one app as it is on a given device.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        device_id (str): The device's id (a UUID).
        app_id (UUID): The device app's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceApp
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            device_id=device_id,
            app_id=app_id,
            client=client,
        )
    )
