from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.get_scripts_response_200 import GetScriptsResponse200
from ...models.get_scripts_response_403 import GetScriptsResponse403
from ...models.get_scripts_response_404 import GetScriptsResponse404
from ...models.get_scripts_response_500 import GetScriptsResponse500


def _get_kwargs(
    script_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/scripts/{path_segment(script_id)}/",
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500 | None:
    if response.status_code == 200:
        response_200 = GetScriptsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = GetScriptsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetScriptsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetScriptsResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500]:
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
    script_id: UUID,
    *,
    client: ClientLike,
) -> Response[GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500]:
    """
    Args:
        script_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500]
    """

    kwargs = _get_kwargs(
        script_id=script_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    script_id: UUID,
    *,
    client: ClientLike,
) -> GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500 | None:
    """
    Args:
        script_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500
    """

    return sync_detailed(
        script_id=script_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    script_id: UUID,
    *,
    client: ClientLike,
) -> Response[GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500]:
    """
    Args:
        script_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500]
    """

    kwargs = _get_kwargs(
        script_id=script_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    script_id: UUID,
    *,
    client: ClientLike,
) -> GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500 | None:
    """
    Args:
        script_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500
    """

    return (
        await asyncio_detailed(
            script_id=script_id,
            client=client,
        )
    ).parsed
