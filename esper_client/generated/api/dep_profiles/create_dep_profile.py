from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.create_dep_profile_response_200 import CreateDepProfileResponse200
from ...models.tenant_dep_profile_create_request import TenantDEPProfileCreateRequest
from ...models.tenant_error_400_bad_data import TenantError400BadData
from ...models.tenant_error_401_unauthorized import TenantError401Unauthorized
from ...models.tenant_error_500_internal_server_error import TenantError500InternalServerError
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: TenantDEPProfileCreateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tenant/v0/depprofiles/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(CreateDepProfileResponse200)),
        400: ("json", _rt.model(TenantError400BadData)),
        401: ("json", _rt.model(TenantError401Unauthorized)),
        500: ("json", _rt.model(TenantError500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    CreateDepProfileResponse200 | TenantError400BadData | TenantError401Unauthorized | TenantError500InternalServerError
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    body: TenantDEPProfileCreateRequest | Unset = UNSET,
) -> Response[
    CreateDepProfileResponse200 | TenantError400BadData | TenantError401Unauthorized | TenantError500InternalServerError
]:
    """Create a DEP profile, which says what Setup Assistant shows on Apple devices as they enroll.

    Args:
        body (TenantDEPProfileCreateRequest | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateDepProfileResponse200 | TenantError400BadData | TenantError401Unauthorized | TenantError500InternalServerError]
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
    body: TenantDEPProfileCreateRequest | Unset = UNSET,
) -> CreateDepProfileResponse200:
    """Create a DEP profile, which says what Setup Assistant shows on Apple devices as they enroll.

    Args:
        body (TenantDEPProfileCreateRequest | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateDepProfileResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    body: TenantDEPProfileCreateRequest | Unset = UNSET,
) -> Response[
    CreateDepProfileResponse200 | TenantError400BadData | TenantError401Unauthorized | TenantError500InternalServerError
]:
    """Create a DEP profile, which says what Setup Assistant shows on Apple devices as they enroll.

    Args:
        body (TenantDEPProfileCreateRequest | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateDepProfileResponse200 | TenantError400BadData | TenantError401Unauthorized | TenantError500InternalServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: TenantDEPProfileCreateRequest | Unset = UNSET,
) -> CreateDepProfileResponse200:
    """Create a DEP profile, which says what Setup Assistant shows on Apple devices as they enroll.

    Args:
        body (TenantDEPProfileCreateRequest | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateDepProfileResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
