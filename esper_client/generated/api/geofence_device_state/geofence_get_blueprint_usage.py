from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.geofence_blueprint_usage_item import GeofenceBlueprintUsageItem
from ...models.geofence_error_response_2 import GeofenceErrorResponse2
from ...models.geofence_get_blueprint_usage_response_200 import GeofenceGetBlueprintUsageResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    geofence_id: UUID | str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/geofence/v1/geofences/{path_segment(geofence_id)}/blueprints",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GeofenceGetBlueprintUsageResponse200)),
        400: ("json", _rt.model(GeofenceErrorResponse2)),
        401: ("json", _rt.model(GeofenceErrorResponse2)),
        500: ("json", _rt.model(GeofenceErrorResponse2)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GeofenceErrorResponse2 | GeofenceGetBlueprintUsageResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    geofence_id: UUID | str,
    *,
    client: ClientLike,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GeofenceErrorResponse2 | GeofenceGetBlueprintUsageResponse200]:
    """List the blueprints that use a geofence, with how many devices each has (v1 geofences).

    Args:
        geofence_id (UUID | str): The geofence's id (a UUID).
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        limit (int | Unset): Page size: how many items to return. Default: 10.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GeofenceErrorResponse2 | GeofenceGetBlueprintUsageResponse200]
    """

    kwargs = _get_kwargs(
        geofence_id=geofence_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(GeofenceBlueprintUsageItem)


def page_item(data: Any) -> GeofenceBlueprintUsageItem:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    geofence_id: UUID | str,
    *,
    client: ClientLike,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GeofenceGetBlueprintUsageResponse200:
    """List the blueprints that use a geofence, with how many devices each has (v1 geofences).

    Args:
        geofence_id (UUID | str): The geofence's id (a UUID).
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        limit (int | Unset): Page size: how many items to return. Default: 10.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GeofenceGetBlueprintUsageResponse200
    """

    return _rt.parsed(
        sync_detailed(
            geofence_id=geofence_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    )


async def asyncio_detailed(
    geofence_id: UUID | str,
    *,
    client: ClientLike,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GeofenceErrorResponse2 | GeofenceGetBlueprintUsageResponse200]:
    """List the blueprints that use a geofence, with how many devices each has (v1 geofences).

    Args:
        geofence_id (UUID | str): The geofence's id (a UUID).
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        limit (int | Unset): Page size: how many items to return. Default: 10.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GeofenceErrorResponse2 | GeofenceGetBlueprintUsageResponse200]
    """

    kwargs = _get_kwargs(
        geofence_id=geofence_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    geofence_id: UUID | str,
    *,
    client: ClientLike,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GeofenceGetBlueprintUsageResponse200:
    """List the blueprints that use a geofence, with how many devices each has (v1 geofences).

    Args:
        geofence_id (UUID | str): The geofence's id (a UUID).
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        limit (int | Unset): Page size: how many items to return. Default: 10.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GeofenceGetBlueprintUsageResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            geofence_id=geofence_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    )
