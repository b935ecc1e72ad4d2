from typing import Any, cast
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.app_version_delete import AppVersionDelete
from ...models.error_response import ErrorResponse


def _get_kwargs(
    enterprise_id: str,
    application_id: UUID,
    version_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/enterprise/{path_segment(enterprise_id)}/application/{path_segment(application_id)}/version/{path_segment(version_id)}/",
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> Any | AppVersionDelete | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppVersionDelete.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[Any | AppVersionDelete | ErrorResponse]:
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
) -> Response[Any | AppVersionDelete | ErrorResponse]:
    """Remove one version of an app.

    Args:
        enterprise_id (str):
        application_id (UUID):
        version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AppVersionDelete | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        application_id=application_id,
        version_id=version_id,
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
) -> Any | AppVersionDelete | ErrorResponse | None:
    """Remove one version of an app.

    Args:
        enterprise_id (str):
        application_id (UUID):
        version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AppVersionDelete | ErrorResponse
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        application_id=application_id,
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    enterprise_id: str,
    application_id: UUID,
    version_id: UUID,
    *,
    client: ClientLike,
) -> Response[Any | AppVersionDelete | ErrorResponse]:
    """Remove one version of an app.

    Args:
        enterprise_id (str):
        application_id (UUID):
        version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AppVersionDelete | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        application_id=application_id,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: str,
    application_id: UUID,
    version_id: UUID,
    *,
    client: ClientLike,
) -> Any | AppVersionDelete | ErrorResponse | None:
    """Remove one version of an app.

    Args:
        enterprise_id (str):
        application_id (UUID):
        version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AppVersionDelete | ErrorResponse
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            application_id=application_id,
            version_id=version_id,
            client=client,
        )
    ).parsed
