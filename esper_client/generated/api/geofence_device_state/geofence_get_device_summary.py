from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.geofence_error_response_2 import GeofenceErrorResponse2
from ...models.geofence_get_device_summary_response_200 import GeofenceGetDeviceSummaryResponse200


def _get_kwargs(
    geofence_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/geofence/v1/geofences/{path_segment(geofence_id)}/device-summary",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GeofenceGetDeviceSummaryResponse200)),
        400: ("json", _rt.model(GeofenceErrorResponse2)),
        401: ("json", _rt.model(GeofenceErrorResponse2)),
        500: ("json", _rt.model(GeofenceErrorResponse2)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GeofenceErrorResponse2 | GeofenceGetDeviceSummaryResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    geofence_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GeofenceErrorResponse2 | GeofenceGetDeviceSummaryResponse200]:
    """Count a geofence's devices, in all and how many are inside and outside it (v1 geofences).

    Args:
        geofence_id (UUID | str): The geofence's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GeofenceErrorResponse2 | GeofenceGetDeviceSummaryResponse200]
    """

    kwargs = _get_kwargs(
        geofence_id=geofence_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    geofence_id: UUID | str,
    *,
    client: ClientLike,
) -> GeofenceGetDeviceSummaryResponse200:
    """Count a geofence's devices, in all and how many are inside and outside it (v1 geofences).

    Args:
        geofence_id (UUID | str): The geofence's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GeofenceGetDeviceSummaryResponse200
    """

    return _rt.parsed(
        sync_detailed(
            geofence_id=geofence_id,
            client=client,
        )
    )


async def asyncio_detailed(
    geofence_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GeofenceErrorResponse2 | GeofenceGetDeviceSummaryResponse200]:
    """Count a geofence's devices, in all and how many are inside and outside it (v1 geofences).

    Args:
        geofence_id (UUID | str): The geofence's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GeofenceErrorResponse2 | GeofenceGetDeviceSummaryResponse200]
    """

    kwargs = _get_kwargs(
        geofence_id=geofence_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    geofence_id: UUID | str,
    *,
    client: ClientLike,
) -> GeofenceGetDeviceSummaryResponse200:
    """Count a geofence's devices, in all and how many are inside and outside it (v1 geofences).

    Args:
        geofence_id (UUID | str): The geofence's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GeofenceGetDeviceSummaryResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            geofence_id=geofence_id,
            client=client,
        )
    )
