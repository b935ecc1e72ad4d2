from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.generic_error_response import GenericErrorResponse
from ...models.user_groups import UserGroups
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: UUID | str,
    *,
    sub_groups: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sub_groups"] = sub_groups

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/authz2/v1/users/{path_segment(user_id)}/groups",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(UserGroups)),
        400: ("json", _rt.model(GenericErrorResponse)),
        401: ("json", _rt.model(GenericErrorResponse)),
        403: ("json", _rt.model(GenericErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GenericErrorResponse | UserGroups]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    user_id: UUID | str,
    *,
    client: ClientLike,
    sub_groups: bool | Unset = UNSET,
) -> Response[GenericErrorResponse | UserGroups]:
    """List the device groups a user has access to.

    Args:
        user_id (UUID): The user's id (a UUID).
        sub_groups (bool | Unset): True to list the subgroups of those groups too (access to a
            group covers its subgroups).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | UserGroups]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sub_groups=sub_groups,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: UUID | str,
    *,
    client: ClientLike,
    sub_groups: bool | Unset = UNSET,
) -> UserGroups:
    """List the device groups a user has access to.

    Args:
        user_id (UUID): The user's id (a UUID).
        sub_groups (bool | Unset): True to list the subgroups of those groups too (access to a
            group covers its subgroups).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserGroups
    """

    return _rt.parsed(
        sync_detailed(
            user_id=user_id,
            client=client,
            sub_groups=sub_groups,
        )
    )


async def asyncio_detailed(
    user_id: UUID | str,
    *,
    client: ClientLike,
    sub_groups: bool | Unset = UNSET,
) -> Response[GenericErrorResponse | UserGroups]:
    """List the device groups a user has access to.

    Args:
        user_id (UUID): The user's id (a UUID).
        sub_groups (bool | Unset): True to list the subgroups of those groups too (access to a
            group covers its subgroups).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | UserGroups]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sub_groups=sub_groups,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: UUID | str,
    *,
    client: ClientLike,
    sub_groups: bool | Unset = UNSET,
) -> UserGroups:
    """List the device groups a user has access to.

    Args:
        user_id (UUID): The user's id (a UUID).
        sub_groups (bool | Unset): True to list the subgroups of those groups too (access to a
            group covers its subgroups).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserGroups
    """

    return _rt.parsed(
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            sub_groups=sub_groups,
        )
    )
