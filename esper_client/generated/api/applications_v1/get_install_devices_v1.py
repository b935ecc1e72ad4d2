from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.get_install_devices_v1_response_200 import GetInstallDevicesV1Response200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: str,
    application_id: UUID,
    version_id: UUID,
    *,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/enterprise/{path_segment(enterprise_id)}/application/{path_segment(application_id)}/version/{path_segment(version_id)}/installdevices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> ErrorResponse | GetInstallDevicesV1Response200 | None:
    if response.status_code == 200:
        response_200 = GetInstallDevicesV1Response200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[ErrorResponse | GetInstallDevicesV1Response200]:
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
    application_id: UUID,
    version_id: UUID,
    *,
    client: ClientLike,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetInstallDevicesV1Response200]:
    """
    Args:
        enterprise_id (str):
        application_id (UUID):
        version_id (UUID):
        search (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetInstallDevicesV1Response200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        application_id=application_id,
        version_id=version_id,
        search=search,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: str,
    application_id: UUID,
    version_id: UUID,
    *,
    client: ClientLike,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorResponse | GetInstallDevicesV1Response200 | None:
    """
    Args:
        enterprise_id (str):
        application_id (UUID):
        version_id (UUID):
        search (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetInstallDevicesV1Response200
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        application_id=application_id,
        version_id=version_id,
        client=client,
        search=search,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    enterprise_id: str,
    application_id: UUID,
    version_id: UUID,
    *,
    client: ClientLike,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetInstallDevicesV1Response200]:
    """
    Args:
        enterprise_id (str):
        application_id (UUID):
        version_id (UUID):
        search (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetInstallDevicesV1Response200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        application_id=application_id,
        version_id=version_id,
        search=search,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: str,
    application_id: UUID,
    version_id: UUID,
    *,
    client: ClientLike,
    search: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorResponse | GetInstallDevicesV1Response200 | None:
    """
    Args:
        enterprise_id (str):
        application_id (UUID):
        version_id (UUID):
        search (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetInstallDevicesV1Response200
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            application_id=application_id,
            version_id=version_id,
            client=client,
            search=search,
            limit=limit,
            offset=offset,
        )
    ).parsed
