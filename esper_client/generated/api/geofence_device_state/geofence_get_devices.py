from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.geofence_error_response_2 import GeofenceErrorResponse2
from ...models.geofence_get_devices_response_200 import GeofenceGetDevicesResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    geofence_id: UUID,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    inside: bool | Unset = UNSET,
    blueprint_id: UUID | Unset = UNSET,
    blueprint_version_number: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["inside"] = inside

    json_blueprint_id: str | Unset = UNSET
    if not isinstance(blueprint_id, Unset):
        json_blueprint_id = str(blueprint_id)
    params["blueprint_id"] = json_blueprint_id

    params["blueprint_version_number"] = blueprint_version_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/geofence/v1/geofences/{path_segment(geofence_id)}/devices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> GeofenceErrorResponse2 | GeofenceGetDevicesResponse200 | None:
    if response.status_code == 200:
        response_200 = GeofenceGetDevicesResponse200.from_dict(response.json())

        return response_200

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
) -> Response[GeofenceErrorResponse2 | GeofenceGetDevicesResponse200]:
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
    geofence_id: UUID,
    *,
    client: ClientLike,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    inside: bool | Unset = UNSET,
    blueprint_id: UUID | Unset = UNSET,
    blueprint_version_number: int | Unset = UNSET,
) -> Response[GeofenceErrorResponse2 | GeofenceGetDevicesResponse200]:
    """
    Args:
        geofence_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        inside (bool | Unset):
        blueprint_id (UUID | Unset):
        blueprint_version_number (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeofenceErrorResponse2 | GeofenceGetDevicesResponse200]
    """

    kwargs = _get_kwargs(
        geofence_id=geofence_id,
        offset=offset,
        limit=limit,
        inside=inside,
        blueprint_id=blueprint_id,
        blueprint_version_number=blueprint_version_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    geofence_id: UUID,
    *,
    client: ClientLike,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    inside: bool | Unset = UNSET,
    blueprint_id: UUID | Unset = UNSET,
    blueprint_version_number: int | Unset = UNSET,
) -> GeofenceErrorResponse2 | GeofenceGetDevicesResponse200 | None:
    """
    Args:
        geofence_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        inside (bool | Unset):
        blueprint_id (UUID | Unset):
        blueprint_version_number (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeofenceErrorResponse2 | GeofenceGetDevicesResponse200
    """

    return sync_detailed(
        geofence_id=geofence_id,
        client=client,
        offset=offset,
        limit=limit,
        inside=inside,
        blueprint_id=blueprint_id,
        blueprint_version_number=blueprint_version_number,
    ).parsed


async def asyncio_detailed(
    geofence_id: UUID,
    *,
    client: ClientLike,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    inside: bool | Unset = UNSET,
    blueprint_id: UUID | Unset = UNSET,
    blueprint_version_number: int | Unset = UNSET,
) -> Response[GeofenceErrorResponse2 | GeofenceGetDevicesResponse200]:
    """
    Args:
        geofence_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        inside (bool | Unset):
        blueprint_id (UUID | Unset):
        blueprint_version_number (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeofenceErrorResponse2 | GeofenceGetDevicesResponse200]
    """

    kwargs = _get_kwargs(
        geofence_id=geofence_id,
        offset=offset,
        limit=limit,
        inside=inside,
        blueprint_id=blueprint_id,
        blueprint_version_number=blueprint_version_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    geofence_id: UUID,
    *,
    client: ClientLike,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    inside: bool | Unset = UNSET,
    blueprint_id: UUID | Unset = UNSET,
    blueprint_version_number: int | Unset = UNSET,
) -> GeofenceErrorResponse2 | GeofenceGetDevicesResponse200 | None:
    """
    Args:
        geofence_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        inside (bool | Unset):
        blueprint_id (UUID | Unset):
        blueprint_version_number (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeofenceErrorResponse2 | GeofenceGetDevicesResponse200
    """

    return (
        await asyncio_detailed(
            geofence_id=geofence_id,
            client=client,
            offset=offset,
            limit=limit,
            inside=inside,
            blueprint_id=blueprint_id,
            blueprint_version_number=blueprint_version_number,
        )
    ).parsed
