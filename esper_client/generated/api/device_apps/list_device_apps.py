from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_device_apps_response_200 import ListDeviceAppsResponse200
from ...types import UNSET


def _get_kwargs(
    *,
    app_id: UUID,
    app_version_id: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_app_id = str(app_id)
    params["app_id"] = json_app_id

    json_app_version_id = str(app_version_id)
    params["app_version_id"] = json_app_version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/device-apps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDeviceAppsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListDeviceAppsResponse200.from_dict(response.json())

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
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDeviceAppsResponse200]:
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
    *,
    client: ClientLike,
    app_id: UUID,
    app_version_id: UUID,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDeviceAppsResponse200]:
    """
    Args:
        app_id (UUID):
        app_version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDeviceAppsResponse200]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        app_version_id=app_version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    app_id: UUID,
    app_version_id: UUID,
) -> Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDeviceAppsResponse200 | None:
    """
    Args:
        app_id (UUID):
        app_version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDeviceAppsResponse200
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        app_version_id=app_version_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    app_id: UUID,
    app_version_id: UUID,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDeviceAppsResponse200]:
    """
    Args:
        app_id (UUID):
        app_version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDeviceAppsResponse200]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        app_version_id=app_version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    app_id: UUID,
    app_version_id: UUID,
) -> Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDeviceAppsResponse200 | None:
    """
    Args:
        app_id (UUID):
        app_version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDeviceAppsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            app_version_id=app_version_id,
        )
    ).parsed
