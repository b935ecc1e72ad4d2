from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.get_background_scripts_response_200 import GetBackgroundScriptsResponse200
from ...models.get_background_scripts_response_404 import GetBackgroundScriptsResponse404


def _get_kwargs(
    background_script_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/background-scripts/{path_segment(background_script_id)}/",
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404 | None:
    if response.status_code == 200:
        response_200 = GetBackgroundScriptsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = GetBackgroundScriptsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404]:
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
    background_script_id: UUID,
    *,
    client: ClientLike,
) -> Response[GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404]:
    """
    Args:
        background_script_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404]
    """

    kwargs = _get_kwargs(
        background_script_id=background_script_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    background_script_id: UUID,
    *,
    client: ClientLike,
) -> GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404 | None:
    """
    Args:
        background_script_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404
    """

    return sync_detailed(
        background_script_id=background_script_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    background_script_id: UUID,
    *,
    client: ClientLike,
) -> Response[GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404]:
    """
    Args:
        background_script_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404]
    """

    kwargs = _get_kwargs(
        background_script_id=background_script_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    background_script_id: UUID,
    *,
    client: ClientLike,
) -> GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404 | None:
    """
    Args:
        background_script_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404
    """

    return (
        await asyncio_detailed(
            background_script_id=background_script_id,
            client=client,
        )
    ).parsed
