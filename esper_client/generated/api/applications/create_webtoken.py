from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.google_web_token import GoogleWebToken
from ...models.google_web_token_update import GoogleWebTokenUpdate


def _get_kwargs(
    enterprise_id: str,
    emm_id: int,
    *,
    body: GoogleWebTokenUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/emm/{path_segment(emm_id)}/webtoken/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> ErrorResponse | GoogleWebToken | None:
    if response.status_code == 201:
        response_201 = GoogleWebToken.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ErrorResponse | GoogleWebToken]:
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
    emm_id: int,
    *,
    client: ClientLike,
    body: GoogleWebTokenUpdate,
) -> Response[ErrorResponse | GoogleWebToken]:
    """Make a Play iframe web token.

    Args:
        enterprise_id (str):
        emm_id (int):
        body (GoogleWebTokenUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GoogleWebToken]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: str,
    emm_id: int,
    *,
    client: ClientLike,
    body: GoogleWebTokenUpdate,
) -> ErrorResponse | GoogleWebToken | None:
    """Make a Play iframe web token.

    Args:
        enterprise_id (str):
        emm_id (int):
        body (GoogleWebTokenUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GoogleWebToken
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    enterprise_id: str,
    emm_id: int,
    *,
    client: ClientLike,
    body: GoogleWebTokenUpdate,
) -> Response[ErrorResponse | GoogleWebToken]:
    """Make a Play iframe web token.

    Args:
        enterprise_id (str):
        emm_id (int):
        body (GoogleWebTokenUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GoogleWebToken]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: str,
    emm_id: int,
    *,
    client: ClientLike,
    body: GoogleWebTokenUpdate,
) -> ErrorResponse | GoogleWebToken | None:
    """Make a Play iframe web token.

    Args:
        enterprise_id (str):
        emm_id (int):
        body (GoogleWebTokenUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GoogleWebToken
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            client=client,
            body=body,
        )
    ).parsed
