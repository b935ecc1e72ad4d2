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
        role_id (UUID): The role's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
        role_id (UUID): The role's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
        role_id (UUID): The role's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
        role_id (UUID): The role's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ScopeResponse]
    """

    return _rt.parsed(
        await asyncio_detailed(
            role_id=role_id,
            client=client,
        )
    )
