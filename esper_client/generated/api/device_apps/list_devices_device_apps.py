from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_devices_device_apps_app_type import (
    ListDevicesDeviceAppsAppType,
)
from ...models.list_devices_device_apps_response_200 import ListDevicesDeviceAppsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    device_id: str,
    *,
    app_type: ListDevicesDeviceAppsAppType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

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

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListDevicesDeviceAppsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error400BadData.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error401Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error500InternalServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200]:
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
    device_id: str,
    *,
    client: ClientLike,
    app_type: ListDevicesDeviceAppsAppType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200]:
    """
    Args:
        device_id (str):
        app_type (ListDevicesDeviceAppsAppType | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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


def sync(
    device_id: str,
    *,
    client: ClientLike,
    app_type: ListDevicesDeviceAppsAppType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200 | None:
    """
    Args:
        device_id (str):
        app_type (ListDevicesDeviceAppsAppType | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        app_type=app_type,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: ClientLike,
    app_type: ListDevicesDeviceAppsAppType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200]:
    """
    Args:
        device_id (str):
        app_type (ListDevicesDeviceAppsAppType | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    device_id: str,
    *,
    client: ClientLike,
    app_type: ListDevicesDeviceAppsAppType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200 | None:
    """
    Args:
        device_id (str):
        app_type (ListDevicesDeviceAppsAppType | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesDeviceAppsResponse200
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            app_type=app_type,
            limit=limit,
            offset=offset,
        )
    ).parsed
