from typing import Any, cast
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.geofence_error_response import GeofenceErrorResponse


def _get_kwargs(
    enterprise_id: UUID,
    geofence_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/geofence/{path_segment(geofence_id)}/",
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> Any | GeofenceErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = GeofenceErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GeofenceErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GeofenceErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GeofenceErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[Any | GeofenceErrorResponse]:
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
    enterprise_id: UUID,
    geofence_id: UUID,
    *,
    client: ClientLike,
) -> Response[Any | GeofenceErrorResponse]:
    """
    Args:
        enterprise_id (UUID):
        geofence_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GeofenceErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        geofence_id=geofence_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID,
    geofence_id: UUID,
    *,
    client: ClientLike,
) -> Any | GeofenceErrorResponse | None:
    """
    Args:
        enterprise_id (UUID):
        geofence_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GeofenceErrorResponse
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        geofence_id=geofence_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    geofence_id: UUID,
    *,
    client: ClientLike,
) -> Response[Any | GeofenceErrorResponse]:
    """
    Args:
        enterprise_id (UUID):
        geofence_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GeofenceErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        geofence_id=geofence_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    geofence_id: UUID,
    *,
    client: ClientLike,
) -> Any | GeofenceErrorResponse | None:
    """
    Args:
        enterprise_id (UUID):
        geofence_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GeofenceErrorResponse
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            geofence_id=geofence_id,
            client=client,
        )
    ).parsed
