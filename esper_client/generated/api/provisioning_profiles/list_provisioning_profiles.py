from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_provisioning_profiles_profile_type import (
    ListProvisioningProfilesProfileType,
)
from ...models.list_provisioning_profiles_response_200 import ListProvisioningProfilesResponse200
from ...models.provisioning_profile_with_download_response import ProvisioningProfileWithDownloadResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    app_identifier: str | Unset = UNSET,
    profile_type: ListProvisioningProfilesProfileType | Unset = UNSET,
    team_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["app_identifier"] = app_identifier

    json_profile_type: str | Unset = UNSET
    if not isinstance(profile_type, Unset):
        json_profile_type = profile_type

    params["profile_type"] = json_profile_type

    params["team_id"] = team_id

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/provisioning-profiles",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListProvisioningProfilesResponse200)),
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
    Error400BadData | Error401Unauthorized | Error500InternalServerError | ListProvisioningProfilesResponse200
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    app_identifier: str | Unset = UNSET,
    profile_type: ListProvisioningProfilesProfileType | Unset = UNSET,
    team_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[
    Error400BadData | Error401Unauthorized | Error500InternalServerError | ListProvisioningProfilesResponse200
]:
    """List the tenant's iOS provisioning profiles (paged); each comes with a URL to download it.

    Args:
        limit (float | Unset): Page size: how many items to return. Default: 10.0.
        offset (float | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.0.
        app_identifier (str | Unset): Only profiles for this app identifier.
        profile_type (ListProvisioningProfilesProfileType | Unset): Only profiles of this
            distribution kind.
        team_id (str | Unset): Only profiles of this Apple developer team (its team id).
        search (str | Unset): Text to search for across the listed items' main fields.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListProvisioningProfilesResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        app_identifier=app_identifier,
        profile_type=profile_type,
        team_id=team_id,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(ProvisioningProfileWithDownloadResponse)


def page_item(data: Any) -> ProvisioningProfileWithDownloadResponse:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    app_identifier: str | Unset = UNSET,
    profile_type: ListProvisioningProfilesProfileType | Unset = UNSET,
    team_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ListProvisioningProfilesResponse200:
    """List the tenant's iOS provisioning profiles (paged); each comes with a URL to download it.

    Args:
        limit (float | Unset): Page size: how many items to return. Default: 10.0.
        offset (float | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.0.
        app_identifier (str | Unset): Only profiles for this app identifier.
        profile_type (ListProvisioningProfilesProfileType | Unset): Only profiles of this
            distribution kind.
        team_id (str | Unset): Only profiles of this Apple developer team (its team id).
        search (str | Unset): Text to search for across the listed items' main fields.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListProvisioningProfilesResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            limit=limit,
            offset=offset,
            app_identifier=app_identifier,
            profile_type=profile_type,
            team_id=team_id,
            search=search,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    app_identifier: str | Unset = UNSET,
    profile_type: ListProvisioningProfilesProfileType | Unset = UNSET,
    team_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[
    Error400BadData | Error401Unauthorized | Error500InternalServerError | ListProvisioningProfilesResponse200
]:
    """List the tenant's iOS provisioning profiles (paged); each comes with a URL to download it.

    Args:
        limit (float | Unset): Page size: how many items to return. Default: 10.0.
        offset (float | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.0.
        app_identifier (str | Unset): Only profiles for this app identifier.
        profile_type (ListProvisioningProfilesProfileType | Unset): Only profiles of this
            distribution kind.
        team_id (str | Unset): Only profiles of this Apple developer team (its team id).
        search (str | Unset): Text to search for across the listed items' main fields.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListProvisioningProfilesResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        app_identifier=app_identifier,
        profile_type=profile_type,
        team_id=team_id,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    app_identifier: str | Unset = UNSET,
    profile_type: ListProvisioningProfilesProfileType | Unset = UNSET,
    team_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ListProvisioningProfilesResponse200:
    """List the tenant's iOS provisioning profiles (paged); each comes with a URL to download it.

    Args:
        limit (float | Unset): Page size: how many items to return. Default: 10.0.
        offset (float | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.0.
        app_identifier (str | Unset): Only profiles for this app identifier.
        profile_type (ListProvisioningProfilesProfileType | Unset): Only profiles of this
            distribution kind.
        team_id (str | Unset): Only profiles of this Apple developer team (its team id).
        search (str | Unset): Text to search for across the listed items' main fields.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListProvisioningProfilesResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            app_identifier=app_identifier,
            profile_type=profile_type,
            team_id=team_id,
            search=search,
        )
    )
