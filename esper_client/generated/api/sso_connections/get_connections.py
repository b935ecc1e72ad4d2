from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.generic_error_response import GenericErrorResponse
from ...models.get_connections_response_200 import GetConnectionsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID,
    *,
    is_default: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_default"] = is_default

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/authn2/v0/tenant/{path_segment(enterprise_id)}/connection",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> GenericErrorResponse | GetConnectionsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetConnectionsResponse200.from_dict(response.json())

        return response_200

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


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GenericErrorResponse | GetConnectionsResponse200]:
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
    *,
    client: ClientLike,
    is_default: bool | Unset = UNSET,
) -> Response[GenericErrorResponse | GetConnectionsResponse200]:
    """
    Args:
        enterprise_id (UUID):
        is_default (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | GetConnectionsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        is_default=is_default,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID,
    *,
    client: ClientLike,
    is_default: bool | Unset = UNSET,
) -> GenericErrorResponse | GetConnectionsResponse200 | None:
    """
    Args:
        enterprise_id (UUID):
        is_default (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericErrorResponse | GetConnectionsResponse200
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        client=client,
        is_default=is_default,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    *,
    client: ClientLike,
    is_default: bool | Unset = UNSET,
) -> Response[GenericErrorResponse | GetConnectionsResponse200]:
    """
    Args:
        enterprise_id (UUID):
        is_default (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | GetConnectionsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        is_default=is_default,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    *,
    client: ClientLike,
    is_default: bool | Unset = UNSET,
) -> GenericErrorResponse | GetConnectionsResponse200 | None:
    """
    Args:
        enterprise_id (UUID):
        is_default (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericErrorResponse | GetConnectionsResponse200
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            is_default=is_default,
        )
    ).parsed
