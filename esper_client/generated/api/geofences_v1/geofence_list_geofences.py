from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.geofence_error_response_2 import GeofenceErrorResponse2
from ...models.geofence_geofence_list_response import GeofenceGeofenceListResponse
from ...models.geofence_list_geofences_response_200 import GeofenceListGeofencesResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    include_summary: bool | Unset = UNSET,
    include_count: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GeofenceListGeofencesResponse200)),
        400: ("json", _rt.model(GeofenceErrorResponse2)),
        401: ("json", _rt.model(GeofenceErrorResponse2)),
        500: ("json", _rt.model(GeofenceErrorResponse2)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GeofenceErrorResponse2 | GeofenceListGeofencesResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    include_summary: bool | Unset = UNSET,
    include_count: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[GeofenceErrorResponse2 | GeofenceListGeofencesResponse200]:
    """List the tenant's geofences (v1), optionally with device counts and a total.

    Args:
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        limit (int | Unset): Page size: how many items to return. Default: 10.
        ids (str | Unset): Only the geofences with these ids, comma-separated.
        include_summary (bool | Unset): True to add each geofence's device counts (in all, inside,
            outside). Default: False.
        include_count (bool | Unset): True to add the total number of matching geofences. Default:
            False.
        search (str | Unset): Only geofences whose name contains this text.
        name (str | Unset): Only the geofence with exactly this name.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

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


_PAGE_ITEM = _rt.model(GeofenceGeofenceListResponse)


def page_item(data: Any) -> GeofenceGeofenceListResponse:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    *,
    client: ClientLike,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    include_summary: bool | Unset = UNSET,
    include_count: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> GeofenceListGeofencesResponse200:
    """List the tenant's geofences (v1), optionally with device counts and a total.

    Args:
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        limit (int | Unset): Page size: how many items to return. Default: 10.
        ids (str | Unset): Only the geofences with these ids, comma-separated.
        include_summary (bool | Unset): True to add each geofence's device counts (in all, inside,
            outside). Default: False.
        include_count (bool | Unset): True to add the total number of matching geofences. Default:
            False.
        search (str | Unset): Only geofences whose name contains this text.
        name (str | Unset): Only the geofence with exactly this name.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GeofenceListGeofencesResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            offset=offset,
            limit=limit,
            ids=ids,
            include_summary=include_summary,
            include_count=include_count,
            search=search,
            name=name,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    include_summary: bool | Unset = UNSET,
    include_count: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[GeofenceErrorResponse2 | GeofenceListGeofencesResponse200]:
    """List the tenant's geofences (v1), optionally with device counts and a total.

    Args:
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        limit (int | Unset): Page size: how many items to return. Default: 10.
        ids (str | Unset): Only the geofences with these ids, comma-separated.
        include_summary (bool | Unset): True to add each geofence's device counts (in all, inside,
            outside). Default: False.
        include_count (bool | Unset): True to add the total number of matching geofences. Default:
            False.
        search (str | Unset): Only geofences whose name contains this text.
        name (str | Unset): Only the geofence with exactly this name.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    include_summary: bool | Unset = UNSET,
    include_count: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> GeofenceListGeofencesResponse200:
    """List the tenant's geofences (v1), optionally with device counts and a total.

    Args:
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        limit (int | Unset): Page size: how many items to return. Default: 10.
        ids (str | Unset): Only the geofences with these ids, comma-separated.
        include_summary (bool | Unset): True to add each geofence's device counts (in all, inside,
            outside). Default: False.
        include_count (bool | Unset): True to add the total number of matching geofences. Default:
            False.
        search (str | Unset): Only geofences whose name contains this text.
        name (str | Unset): Only the geofence with exactly this name.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GeofenceListGeofencesResponse200
    """

    return _rt.parsed(
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
    )
