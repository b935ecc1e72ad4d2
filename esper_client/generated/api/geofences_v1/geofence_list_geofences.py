from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.geofence_error_response_2 import GeofenceErrorResponse2
from ...models.geofence_list_geofences_response_200 import GeofenceListGeofencesResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    ids: str | Unset = UNSET,
    include_summary: bool | Unset = False,
    include_count: bool | Unset = False,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["ids"] = ids

    params["include_summary"] = include_summary

    params["include_count"] = include_count

    params["search"] = search

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/geofence/v1/geofences",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> GeofenceErrorResponse2 | GeofenceListGeofencesResponse200 | None:
    if response.status_code == 200:
        response_200 = GeofenceListGeofencesResponse200.from_dict(response.json())

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
) -> Response[GeofenceErrorResponse2 | GeofenceListGeofencesResponse200]:
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
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    ids: str | Unset = UNSET,
    include_summary: bool | Unset = False,
    include_count: bool | Unset = False,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[GeofenceErrorResponse2 | GeofenceListGeofencesResponse200]:
    """
    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        ids (str | Unset):
        include_summary (bool | Unset):  Default: False.
        include_count (bool | Unset):  Default: False.
        search (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeofenceErrorResponse2 | GeofenceListGeofencesResponse200]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        ids=ids,
        include_summary=include_summary,
        include_count=include_count,
        search=search,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    ids: str | Unset = UNSET,
    include_summary: bool | Unset = False,
    include_count: bool | Unset = False,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> GeofenceErrorResponse2 | GeofenceListGeofencesResponse200 | None:
    """
    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        ids (str | Unset):
        include_summary (bool | Unset):  Default: False.
        include_count (bool | Unset):  Default: False.
        search (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeofenceErrorResponse2 | GeofenceListGeofencesResponse200
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        ids=ids,
        include_summary=include_summary,
        include_count=include_count,
        search=search,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    ids: str | Unset = UNSET,
    include_summary: bool | Unset = False,
    include_count: bool | Unset = False,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[GeofenceErrorResponse2 | GeofenceListGeofencesResponse200]:
    """
    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        ids (str | Unset):
        include_summary (bool | Unset):  Default: False.
        include_count (bool | Unset):  Default: False.
        search (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeofenceErrorResponse2 | GeofenceListGeofencesResponse200]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        ids=ids,
        include_summary=include_summary,
        include_count=include_count,
        search=search,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    ids: str | Unset = UNSET,
    include_summary: bool | Unset = False,
    include_count: bool | Unset = False,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> GeofenceErrorResponse2 | GeofenceListGeofencesResponse200 | None:
    """
    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        ids (str | Unset):
        include_summary (bool | Unset):  Default: False.
        include_count (bool | Unset):  Default: False.
        search (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeofenceErrorResponse2 | GeofenceListGeofencesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            ids=ids,
            include_summary=include_summary,
            include_count=include_count,
            search=search,
            name=name,
        )
    ).parsed
