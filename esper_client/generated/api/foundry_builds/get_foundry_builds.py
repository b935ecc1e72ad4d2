from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.build_v1 import BuildV1
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.get_foundry_builds_response_200 import GetFoundryBuildsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    foundation_major_number: int | Unset = UNSET,
    build_arch: str | Unset = UNSET,
    android_major_version: int | Unset = UNSET,
    device_model_id: UUID | Unset = UNSET,
    approved: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    locked: bool | Unset = UNSET,
    build_fingerprint_hash: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["foundation_major_number"] = foundation_major_number

    params["build_arch"] = build_arch

    params["android_major_version"] = android_major_version

    json_device_model_id: str | Unset = UNSET
    if not isinstance(device_model_id, Unset):
        json_device_model_id = str(device_model_id)
    params["device_model_id"] = json_device_model_id

    params["approved"] = approved

    params["limit"] = limit

    params["offset"] = offset

    params["ordering"] = ordering

    params["locked"] = locked

    params["build_fingerprint_hash"] = build_fingerprint_hash

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/foundry/builds/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetFoundryBuildsResponse200)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | GetFoundryBuildsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    foundation_major_number: int | Unset = UNSET,
    build_arch: str | Unset = UNSET,
    android_major_version: int | Unset = UNSET,
    device_model_id: UUID | Unset = UNSET,
    approved: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    locked: bool | Unset = UNSET,
    build_fingerprint_hash: str | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | GetFoundryBuildsResponse200]:
    """List Esper Foundation OS builds available through Foundry, with filters.

    Args:
        foundation_major_number (int | Unset): Only builds of this Foundation major number
            (counted from 1).
        build_arch (str | Unset): Only builds for this CPU architecture (arm, arm64, x86 or
            x86_64).
        android_major_version (int | Unset): Only builds based on this Android major version.
        device_model_id (UUID | Unset): Only builds for this device model (its id).
        approved (bool | Unset): True for only builds approved for over-the-air updates, false for
            only the others.
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order.
        locked (bool | Unset): True for only the builds a device model is locked to. Use together
            with device_model_id and build_fingerprint_hash.
        build_fingerprint_hash (str | Unset): The hash of the build fingerprint of a device's
            current build.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | GetFoundryBuildsResponse200]
    """

    kwargs = _get_kwargs(
        foundation_major_number=foundation_major_number,
        build_arch=build_arch,
        android_major_version=android_major_version,
        device_model_id=device_model_id,
        approved=approved,
        limit=limit,
        offset=offset,
        ordering=ordering,
        locked=locked,
        build_fingerprint_hash=build_fingerprint_hash,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(BuildV1)


def page_item(data: Any) -> BuildV1:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    *,
    client: ClientLike,
    foundation_major_number: int | Unset = UNSET,
    build_arch: str | Unset = UNSET,
    android_major_version: int | Unset = UNSET,
    device_model_id: UUID | Unset = UNSET,
    approved: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    locked: bool | Unset = UNSET,
    build_fingerprint_hash: str | Unset = UNSET,
) -> GetFoundryBuildsResponse200:
    """List Esper Foundation OS builds available through Foundry, with filters.

    Args:
        foundation_major_number (int | Unset): Only builds of this Foundation major number
            (counted from 1).
        build_arch (str | Unset): Only builds for this CPU architecture (arm, arm64, x86 or
            x86_64).
        android_major_version (int | Unset): Only builds based on this Android major version.
        device_model_id (UUID | Unset): Only builds for this device model (its id).
        approved (bool | Unset): True for only builds approved for over-the-air updates, false for
            only the others.
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order.
        locked (bool | Unset): True for only the builds a device model is locked to. Use together
            with device_model_id and build_fingerprint_hash.
        build_fingerprint_hash (str | Unset): The hash of the build fingerprint of a device's
            current build.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetFoundryBuildsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            foundation_major_number=foundation_major_number,
            build_arch=build_arch,
            android_major_version=android_major_version,
            device_model_id=device_model_id,
            approved=approved,
            limit=limit,
            offset=offset,
            ordering=ordering,
            locked=locked,
            build_fingerprint_hash=build_fingerprint_hash,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    foundation_major_number: int | Unset = UNSET,
    build_arch: str | Unset = UNSET,
    android_major_version: int | Unset = UNSET,
    device_model_id: UUID | Unset = UNSET,
    approved: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    locked: bool | Unset = UNSET,
    build_fingerprint_hash: str | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | GetFoundryBuildsResponse200]:
    """List Esper Foundation OS builds available through Foundry, with filters.

    Args:
        foundation_major_number (int | Unset): Only builds of this Foundation major number
            (counted from 1).
        build_arch (str | Unset): Only builds for this CPU architecture (arm, arm64, x86 or
            x86_64).
        android_major_version (int | Unset): Only builds based on this Android major version.
        device_model_id (UUID | Unset): Only builds for this device model (its id).
        approved (bool | Unset): True for only builds approved for over-the-air updates, false for
            only the others.
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order.
        locked (bool | Unset): True for only the builds a device model is locked to. Use together
            with device_model_id and build_fingerprint_hash.
        build_fingerprint_hash (str | Unset): The hash of the build fingerprint of a device's
            current build.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | GetFoundryBuildsResponse200]
    """

    kwargs = _get_kwargs(
        foundation_major_number=foundation_major_number,
        build_arch=build_arch,
        android_major_version=android_major_version,
        device_model_id=device_model_id,
        approved=approved,
        limit=limit,
        offset=offset,
        ordering=ordering,
        locked=locked,
        build_fingerprint_hash=build_fingerprint_hash,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    foundation_major_number: int | Unset = UNSET,
    build_arch: str | Unset = UNSET,
    android_major_version: int | Unset = UNSET,
    device_model_id: UUID | Unset = UNSET,
    approved: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    locked: bool | Unset = UNSET,
    build_fingerprint_hash: str | Unset = UNSET,
) -> GetFoundryBuildsResponse200:
    """List Esper Foundation OS builds available through Foundry, with filters.

    Args:
        foundation_major_number (int | Unset): Only builds of this Foundation major number
            (counted from 1).
        build_arch (str | Unset): Only builds for this CPU architecture (arm, arm64, x86 or
            x86_64).
        android_major_version (int | Unset): Only builds based on this Android major version.
        device_model_id (UUID | Unset): Only builds for this device model (its id).
        approved (bool | Unset): True for only builds approved for over-the-air updates, false for
            only the others.
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order.
        locked (bool | Unset): True for only the builds a device model is locked to. Use together
            with device_model_id and build_fingerprint_hash.
        build_fingerprint_hash (str | Unset): The hash of the build fingerprint of a device's
            current build.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetFoundryBuildsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            foundation_major_number=foundation_major_number,
            build_arch=build_arch,
            android_major_version=android_major_version,
            device_model_id=device_model_id,
            approved=approved,
            limit=limit,
            offset=offset,
            ordering=ordering,
            locked=locked,
            build_fingerprint_hash=build_fingerprint_hash,
        )
    )
