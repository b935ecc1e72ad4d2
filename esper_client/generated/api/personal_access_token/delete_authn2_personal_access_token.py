from typing import Any, cast
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.generic_error_response import GenericErrorResponse


def _get_kwargs(
    personal_access_token_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/authn2/v0/personal-access-token/{path_segment(personal_access_token_id)}",
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> Any | GenericErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = GenericErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GenericErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[Any | GenericErrorResponse]:
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
    personal_access_token_id: UUID,
    *,
    client: ClientLike,
) -> Response[Any | GenericErrorResponse]:
    """
    Args:
        personal_access_token_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GenericErrorResponse]
    """

    kwargs = _get_kwargs(
        personal_access_token_id=personal_access_token_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    personal_access_token_id: UUID,
    *,
    client: ClientLike,
) -> Any | GenericErrorResponse | None:
    """
    Args:
        personal_access_token_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GenericErrorResponse
    """

    return sync_detailed(
        personal_access_token_id=personal_access_token_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    personal_access_token_id: UUID,
    *,
    client: ClientLike,
) -> Response[Any | GenericErrorResponse]:
    """
    Args:
        personal_access_token_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GenericErrorResponse]
    """

    kwargs = _get_kwargs(
        personal_access_token_id=personal_access_token_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    personal_access_token_id: UUID,
    *,
    client: ClientLike,
) -> Any | GenericErrorResponse | None:
    """
    Args:
        personal_access_token_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GenericErrorResponse
    """

    return (
        await asyncio_detailed(
            personal_access_token_id=personal_access_token_id,
            client=client,
        )
    ).parsed
