from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.token_renew_v0 import TokenRenewV0
from ...types import UNSET


def _get_kwargs(
    enterprise_id: UUID,
    developerapp_id: UUID,
    *,
    access_token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["access_token"] = access_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/developerapp/{path_segment(developerapp_id)}/renew-token/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> ErrorResponse | TokenRenewV0 | None:
    if response.status_code == 201:
        response_201 = TokenRenewV0.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ErrorResponse | TokenRenewV0]:
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
    enterprise_id: UUID,
    developerapp_id: UUID,
    *,
    client: ClientLike,
    access_token: str,
) -> Response[ErrorResponse | TokenRenewV0]:
    """
    Args:
        enterprise_id (UUID):
        developerapp_id (UUID):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenRenewV0]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        developerapp_id=developerapp_id,
        access_token=access_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID,
    developerapp_id: UUID,
    *,
    client: ClientLike,
    access_token: str,
) -> ErrorResponse | TokenRenewV0 | None:
    """
    Args:
        enterprise_id (UUID):
        developerapp_id (UUID):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenRenewV0
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        developerapp_id=developerapp_id,
        client=client,
        access_token=access_token,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    developerapp_id: UUID,
    *,
    client: ClientLike,
    access_token: str,
) -> Response[ErrorResponse | TokenRenewV0]:
    """
    Args:
        enterprise_id (UUID):
        developerapp_id (UUID):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenRenewV0]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        developerapp_id=developerapp_id,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    developerapp_id: UUID,
    *,
    client: ClientLike,
    access_token: str,
) -> ErrorResponse | TokenRenewV0 | None:
    """
    Args:
        enterprise_id (UUID):
        developerapp_id (UUID):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenRenewV0
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            developerapp_id=developerapp_id,
            client=client,
            access_token=access_token,
        )
    ).parsed
