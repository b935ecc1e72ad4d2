from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse


def _get_kwargs(
    user_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/user/{path_segment(user_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        204: ("none", None),
        401: ("json", _rt.model(ErrorResponse)),
        403: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    user_id: int,
    *,
    client: ClientLike,
) -> Response[Any | ErrorResponse]:
    """Remove a user (the older user API).

    Args:
        user_id (int): The user's id in the older user API (an integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    *,
    client: ClientLike,
) -> None:
    """Remove a user (the older user API).

    Args:
        user_id (int): The user's id in the older user API (an integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _rt.parsed(
        sync_detailed(
            user_id=user_id,
            client=client,
        )
    )


async def asyncio_detailed(
    user_id: int,
    *,
    client: ClientLike,
) -> Response[Any | ErrorResponse]:
    """Remove a user (the older user API).

    Args:
        user_id (int): The user's id in the older user API (an integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: ClientLike,
) -> None:
    """Remove a user (the older user API).

    Args:
        user_id (int): The user's id in the older user API (an integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _rt.parsed(
        await asyncio_detailed(
            user_id=user_id,
            client=client,
        )
    )
