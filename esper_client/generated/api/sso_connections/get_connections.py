from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.generic_error_response import GenericErrorResponse
from ...models.get_connections_response_200 import GetConnectionsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    *,
    is_default: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["is_default"] = is_default

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/authn2/v0/tenant/{path_segment(enterprise_id)}/connection",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetConnectionsResponse200)),
        400: ("json", _rt.model(GenericErrorResponse)),
        401: ("json", _rt.model(GenericErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GenericErrorResponse | GetConnectionsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    is_default: bool | Unset = UNSET,
) -> Response[GenericErrorResponse | GetConnectionsResponse200]:
    """List the tenant's single sign-on (SSO) connections.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        is_default (bool | Unset): True for only the default connection, false for only the
            others.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | GetConnectionsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        is_default=is_default,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    is_default: bool | Unset = UNSET,
) -> GetConnectionsResponse200:
    """List the tenant's single sign-on (SSO) connections.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        is_default (bool | Unset): True for only the default connection, false for only the
            others.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetConnectionsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            client=client,
            is_default=is_default,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    is_default: bool | Unset = UNSET,
) -> Response[GenericErrorResponse | GetConnectionsResponse200]:
    """List the tenant's single sign-on (SSO) connections.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        is_default (bool | Unset): True for only the default connection, false for only the
            others.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | GetConnectionsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        is_default=is_default,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    is_default: bool | Unset = UNSET,
) -> GetConnectionsResponse200:
    """List the tenant's single sign-on (SSO) connections.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        is_default (bool | Unset): True for only the default connection, false for only the
            others.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetConnectionsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            is_default=is_default,
        )
    )
