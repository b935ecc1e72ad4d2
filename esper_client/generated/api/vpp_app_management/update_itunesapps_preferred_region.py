from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_404_not_found import Error404NotFound
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.set_preferred_region_request import SetPreferredRegionRequest
from ...models.update_itunesapps_preferred_region_response_200 import UpdateItunesappsPreferredRegionResponse200


def _get_kwargs(
    apple_app_id: UUID | str,
    *,
    body: SetPreferredRegionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v2/itunesapps/{path_segment(apple_app_id)}/preferred-region",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(UpdateItunesappsPreferredRegionResponse200)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
        404: ("json", _rt.model(Error404NotFound)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateItunesappsPreferredRegionResponse200
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    apple_app_id: UUID | str,
    *,
    client: ClientLike,
    body: SetPreferredRegionRequest,
) -> Response[
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateItunesappsPreferredRegionResponse200
]:
    """Set which App Store country a VPP app's details are read from.

    Args:
        apple_app_id (UUID | str): The app's App Store id, such as 361309726.
        body (SetPreferredRegionRequest):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UpdateItunesappsPreferredRegionResponse200]
    """

    kwargs = _get_kwargs(
        apple_app_id=apple_app_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    apple_app_id: UUID | str,
    *,
    client: ClientLike,
    body: SetPreferredRegionRequest,
) -> UpdateItunesappsPreferredRegionResponse200:
    """Set which App Store country a VPP app's details are read from.

    Args:
        apple_app_id (UUID | str): The app's App Store id, such as 361309726.
        body (SetPreferredRegionRequest):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UpdateItunesappsPreferredRegionResponse200
    """

    return _rt.parsed(
        sync_detailed(
            apple_app_id=apple_app_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    apple_app_id: UUID | str,
    *,
    client: ClientLike,
    body: SetPreferredRegionRequest,
) -> Response[
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateItunesappsPreferredRegionResponse200
]:
    """Set which App Store country a VPP app's details are read from.

    Args:
        apple_app_id (UUID | str): The app's App Store id, such as 361309726.
        body (SetPreferredRegionRequest):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UpdateItunesappsPreferredRegionResponse200]
    """

    kwargs = _get_kwargs(
        apple_app_id=apple_app_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    apple_app_id: UUID | str,
    *,
    client: ClientLike,
    body: SetPreferredRegionRequest,
) -> UpdateItunesappsPreferredRegionResponse200:
    """Set which App Store country a VPP app's details are read from.

    Args:
        apple_app_id (UUID | str): The app's App Store id, such as 361309726.
        body (SetPreferredRegionRequest):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UpdateItunesappsPreferredRegionResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            apple_app_id=apple_app_id,
            client=client,
            body=body,
        )
    )
