from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.geofence_create_geofence_response_201 import GeofenceCreateGeofenceResponse201
from ...models.geofence_error_response_2 import GeofenceErrorResponse2
from ...models.geofence_geofence_request import GeofenceGeofenceRequest


def _get_kwargs(
    *,
    body: GeofenceGeofenceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/geofence/v1/geofences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> GeofenceCreateGeofenceResponse201 | GeofenceErrorResponse2 | None:
    if response.status_code == 201:
        response_201 = GeofenceCreateGeofenceResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = GeofenceErrorResponse2.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GeofenceErrorResponse2.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GeofenceErrorResponse2.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GeofenceCreateGeofenceResponse201 | GeofenceErrorResponse2]:
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
    body: GeofenceGeofenceRequest,
) -> Response[GeofenceCreateGeofenceResponse201 | GeofenceErrorResponse2]:
    """
    Args:
        body (GeofenceGeofenceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeofenceCreateGeofenceResponse201 | GeofenceErrorResponse2]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    body: GeofenceGeofenceRequest,
) -> GeofenceCreateGeofenceResponse201 | GeofenceErrorResponse2 | None:
    """
    Args:
        body (GeofenceGeofenceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeofenceCreateGeofenceResponse201 | GeofenceErrorResponse2
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    body: GeofenceGeofenceRequest,
) -> Response[GeofenceCreateGeofenceResponse201 | GeofenceErrorResponse2]:
    """
    Args:
        body (GeofenceGeofenceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeofenceCreateGeofenceResponse201 | GeofenceErrorResponse2]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: GeofenceGeofenceRequest,
) -> GeofenceCreateGeofenceResponse201 | GeofenceErrorResponse2 | None:
    """
    Args:
        body (GeofenceGeofenceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeofenceCreateGeofenceResponse201 | GeofenceErrorResponse2
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
