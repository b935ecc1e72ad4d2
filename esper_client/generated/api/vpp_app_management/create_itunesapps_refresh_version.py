from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.apps_management_error_400_bad_data import AppsManagementError400BadData
from ...models.apps_management_error_401_unauthorized import AppsManagementError401Unauthorized
from ...models.apps_management_error_404_not_found import AppsManagementError404NotFound
from ...models.apps_management_error_500_internal_server_error import AppsManagementError500InternalServerError
from ...models.create_itunesapps_refresh_version_response_200 import CreateItunesappsRefreshVersionResponse200


def _get_kwargs(
    app_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v2/itunesapps/{path_segment(app_id)}/refresh-version",
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> (
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | CreateItunesappsRefreshVersionResponse200
    | None
):
    if response.status_code == 200:
        response_200 = CreateItunesappsRefreshVersionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AppsManagementError400BadData.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AppsManagementError401Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = AppsManagementError404NotFound.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = AppsManagementError500InternalServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | CreateItunesappsRefreshVersionResponse200
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
    app_id: UUID,
    *,
    client: ClientLike,
) -> Response[
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | CreateItunesappsRefreshVersionResponse200
]:
    """
    Args:
        app_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsManagementError400BadData | AppsManagementError401Unauthorized | AppsManagementError404NotFound | AppsManagementError500InternalServerError | CreateItunesappsRefreshVersionResponse200]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    *,
    client: ClientLike,
) -> (
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | CreateItunesappsRefreshVersionResponse200
    | None
):
    """
    Args:
        app_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsManagementError400BadData | AppsManagementError401Unauthorized | AppsManagementError404NotFound | AppsManagementError500InternalServerError | CreateItunesappsRefreshVersionResponse200
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: ClientLike,
) -> Response[
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | CreateItunesappsRefreshVersionResponse200
]:
    """
    Args:
        app_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsManagementError400BadData | AppsManagementError401Unauthorized | AppsManagementError404NotFound | AppsManagementError500InternalServerError | CreateItunesappsRefreshVersionResponse200]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: ClientLike,
) -> (
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | CreateItunesappsRefreshVersionResponse200
    | None
):
    """
    Args:
        app_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsManagementError400BadData | AppsManagementError401Unauthorized | AppsManagementError404NotFound | AppsManagementError500InternalServerError | CreateItunesappsRefreshVersionResponse200
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
        )
    ).parsed
