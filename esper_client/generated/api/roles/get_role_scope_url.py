from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.generic_error_response import GenericErrorResponse
from ...models.scope_response import ScopeResponse


def _get_kwargs(
    role_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/authz2/v1/roles/{path_segment(role_id)}/scopes",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.list_of(_rt.model(ScopeResponse))),
        400: ("json", _rt.model(GenericErrorResponse)),
        401: ("json", _rt.model(GenericErrorResponse)),
        404: ("json", _rt.model(GenericErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GenericErrorResponse | list[ScopeResponse]]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    role_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GenericErrorResponse | list[ScopeResponse]]:
    """List the scopes (permissions) a role grants.

    Args:
        role_id (UUID | str): The role's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | list[ScopeResponse]]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    role_id: UUID | str,
    *,
    client: ClientLike,
) -> list[ScopeResponse]:
    """List the scopes (permissions) a role grants.

    Args:
        role_id (UUID | str): The role's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        list[ScopeResponse]
    """

    return _rt.parsed(
        sync_detailed(
            role_id=role_id,
            client=client,
        )
    )


async def asyncio_detailed(
    role_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GenericErrorResponse | list[ScopeResponse]]:
    """List the scopes (permissions) a role grants.

    Args:
        role_id (UUID | str): The role's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | list[ScopeResponse]]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    role_id: UUID | str,
    *,
    client: ClientLike,
) -> list[ScopeResponse]:
    """List the scopes (permissions) a role grants.

    Args:
        role_id (UUID | str): The role's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        list[ScopeResponse]
    """

    return _rt.parsed(
        await asyncio_detailed(
            role_id=role_id,
            client=client,
        )
    )
