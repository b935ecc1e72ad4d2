from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_404_not_found import Error404NotFound
from ...models.error_500_internal_server_error import Error500InternalServerError


def _get_kwargs(
    id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/tenant/v0/vpptokens/{path_segment(id)}",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        204: ("none", None),
        401: ("json", _rt.model(Error401Unauthorized)),
        404: ("json", _rt.model(Error404NotFound)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Any | Error401Unauthorized | Error404NotFound | Error500InternalServerError]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    id: int,
    *,
    client: ClientLike,
) -> Response[Any | Error401Unauthorized | Error404NotFound | Error500InternalServerError]:
    """Remove a VPP token from the tenant.

    Args:
        id (int): The VPP token's id (an integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error401Unauthorized | Error404NotFound | Error500InternalServerError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: ClientLike,
) -> None:
    """Remove a VPP token from the tenant.

    Args:
        id (int): The VPP token's id (an integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _rt.parsed(
        sync_detailed(
            id=id,
            client=client,
        )
    )


async def asyncio_detailed(
    id: int,
    *,
    client: ClientLike,
) -> Response[Any | Error401Unauthorized | Error404NotFound | Error500InternalServerError]:
    """Remove a VPP token from the tenant.

    Args:
        id (int): The VPP token's id (an integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error401Unauthorized | Error404NotFound | Error500InternalServerError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: ClientLike,
) -> None:
    """Remove a VPP token from the tenant.

    Args:
        id (int): The VPP token's id (an integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _rt.parsed(
        await asyncio_detailed(
            id=id,
            client=client,
        )
    )
