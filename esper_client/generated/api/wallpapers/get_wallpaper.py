from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.wallpaper import Wallpaper


def _get_kwargs(
    enterprise_id: str,
    wallpaper_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/enterprise/{path_segment(enterprise_id)}/wallpaper/{path_segment(wallpaper_id)}/",
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> ErrorResponse | Wallpaper | None:
    if response.status_code == 200:
        response_200 = Wallpaper.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ErrorResponse | Wallpaper]:
    try:
        parsed = _parse_response(client=client, response=response)
    except BODY_ERRORS as exc:
        raise response_body_error(client, response, exc) from exc
    return Response(
        status_code=as_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    enterprise_id: str,
    wallpaper_id: str,
    *,
    client: ClientLike,
) -> Response[ErrorResponse | Wallpaper]:
    """
    Args:
        enterprise_id (str):
        wallpaper_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Wallpaper]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        wallpaper_id=wallpaper_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: str,
    wallpaper_id: str,
    *,
    client: ClientLike,
) -> ErrorResponse | Wallpaper | None:
    """
    Args:
        enterprise_id (str):
        wallpaper_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Wallpaper
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        wallpaper_id=wallpaper_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    enterprise_id: str,
    wallpaper_id: str,
    *,
    client: ClientLike,
) -> Response[ErrorResponse | Wallpaper]:
    """
    Args:
        enterprise_id (str):
        wallpaper_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Wallpaper]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        wallpaper_id=wallpaper_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: str,
    wallpaper_id: str,
    *,
    client: ClientLike,
) -> ErrorResponse | Wallpaper | None:
    """
    Args:
        enterprise_id (str):
        wallpaper_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Wallpaper
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            wallpaper_id=wallpaper_id,
            client=client,
        )
    ).parsed
