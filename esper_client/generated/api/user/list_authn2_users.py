from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.generic_error_response import GenericErrorResponse
from ...models.users_list_response import UsersListResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    legacy_user_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["legacy_user_id"] = legacy_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/authn2/v1/users/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(UsersListResponse)),
        400: ("json", _rt.model(GenericErrorResponse)),
        401: ("json", _rt.model(GenericErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GenericErrorResponse | UsersListResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    legacy_user_id: int | Unset = UNSET,
) -> Response[GenericErrorResponse | UsersListResponse]:
    """List the tenant's users.

    Args:
        legacy_user_id (int | Unset): Only the user with this id from the older user API (an
            integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | UsersListResponse]
    """

    kwargs = _get_kwargs(
        legacy_user_id=legacy_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    legacy_user_id: int | Unset = UNSET,
) -> UsersListResponse:
    """List the tenant's users.

    Args:
        legacy_user_id (int | Unset): Only the user with this id from the older user API (an
            integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UsersListResponse
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            legacy_user_id=legacy_user_id,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    legacy_user_id: int | Unset = UNSET,
) -> Response[GenericErrorResponse | UsersListResponse]:
    """List the tenant's users.

    Args:
        legacy_user_id (int | Unset): Only the user with this id from the older user API (an
            integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | UsersListResponse]
    """

    kwargs = _get_kwargs(
        legacy_user_id=legacy_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    legacy_user_id: int | Unset = UNSET,
) -> UsersListResponse:
    """List the tenant's users.

    Args:
        legacy_user_id (int | Unset): Only the user with this id from the older user API (an
            integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UsersListResponse
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            legacy_user_id=legacy_user_id,
        )
    )
