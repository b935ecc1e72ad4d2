from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.get_foundation_versions_list_response_200 import GetFoundationVersionsListResponse200
from ...models.get_foundation_versions_list_response_200_results_item import (
    GetFoundationVersionsListResponse200ResultsItem,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/foundationversions",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetFoundationVersionsListResponse200)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    Error400BadData | Error401Unauthorized | Error500InternalServerError | GetFoundationVersionsListResponse200
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[
    Error400BadData | Error401Unauthorized | Error500InternalServerError | GetFoundationVersionsListResponse200
]:
    """List the distinct Esper Foundation versions found on the tenant's devices.

    Args:
        limit (int | Unset): Page size: how many items to return. Default: 10.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        search (str | Unset): Only versions that contain this text, ignoring case.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | GetFoundationVersionsListResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(GetFoundationVersionsListResponse200ResultsItem)


def page_item(data: Any) -> GetFoundationVersionsListResponse200ResultsItem:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> GetFoundationVersionsListResponse200:
    """List the distinct Esper Foundation versions found on the tenant's devices.

    Args:
        limit (int | Unset): Page size: how many items to return. Default: 10.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        search (str | Unset): Only versions that contain this text, ignoring case.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetFoundationVersionsListResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            limit=limit,
            offset=offset,
            search=search,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[
    Error400BadData | Error401Unauthorized | Error500InternalServerError | GetFoundationVersionsListResponse200
]:
    """List the distinct Esper Foundation versions found on the tenant's devices.

    Args:
        limit (int | Unset): Page size: how many items to return. Default: 10.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        search (str | Unset): Only versions that contain this text, ignoring case.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | GetFoundationVersionsListResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> GetFoundationVersionsListResponse200:
    """List the distinct Esper Foundation versions found on the tenant's devices.

    Args:
        limit (int | Unset): Page size: how many items to return. Default: 10.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        search (str | Unset): Only versions that contain this text, ignoring case.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetFoundationVersionsListResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            search=search,
        )
    )
