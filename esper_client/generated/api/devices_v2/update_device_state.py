from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.device_error_400_bad_data import DeviceError400BadData
from ...models.device_error_401_unauthorized import DeviceError401Unauthorized
from ...models.device_error_500_internal_server_error import DeviceError500InternalServerError
from ...models.update_device_state_body import UpdateDeviceStateBody
from ...models.update_device_state_response_201 import UpdateDeviceStateResponse201


def _get_kwargs(
    id: UUID,
    *,
    body: UpdateDeviceStateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v2/devices/{path_segment(id)}/devicestate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> (
    DeviceError400BadData
    | DeviceError401Unauthorized
    | DeviceError500InternalServerError
    | UpdateDeviceStateResponse201
    | None
):
    if response.status_code == 201:
        response_201 = UpdateDeviceStateResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = DeviceError400BadData.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeviceError401Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = DeviceError500InternalServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    DeviceError400BadData
    | DeviceError401Unauthorized
    | DeviceError500InternalServerError
    | UpdateDeviceStateResponse201
]:
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
    id: UUID,
    *,
    client: ClientLike,
    body: UpdateDeviceStateBody,
) -> Response[
    DeviceError400BadData
    | DeviceError401Unauthorized
    | DeviceError500InternalServerError
    | UpdateDeviceStateResponse201
]:
    """
    Args:
        id (UUID):
        body (UpdateDeviceStateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceError400BadData | DeviceError401Unauthorized | DeviceError500InternalServerError | UpdateDeviceStateResponse201]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: ClientLike,
    body: UpdateDeviceStateBody,
) -> (
    DeviceError400BadData
    | DeviceError401Unauthorized
    | DeviceError500InternalServerError
    | UpdateDeviceStateResponse201
    | None
):
    """
    Args:
        id (UUID):
        body (UpdateDeviceStateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceError400BadData | DeviceError401Unauthorized | DeviceError500InternalServerError | UpdateDeviceStateResponse201
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: ClientLike,
    body: UpdateDeviceStateBody,
) -> Response[
    DeviceError400BadData
    | DeviceError401Unauthorized
    | DeviceError500InternalServerError
    | UpdateDeviceStateResponse201
]:
    """
    Args:
        id (UUID):
        body (UpdateDeviceStateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceError400BadData | DeviceError401Unauthorized | DeviceError500InternalServerError | UpdateDeviceStateResponse201]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: ClientLike,
    body: UpdateDeviceStateBody,
) -> (
    DeviceError400BadData
    | DeviceError401Unauthorized
    | DeviceError500InternalServerError
    | UpdateDeviceStateResponse201
    | None
):
    """
    Args:
        id (UUID):
        body (UpdateDeviceStateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceError400BadData | DeviceError401Unauthorized | DeviceError500InternalServerError | UpdateDeviceStateResponse201
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
