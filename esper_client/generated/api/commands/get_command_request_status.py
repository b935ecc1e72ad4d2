from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.get_command_request_status_response_200 import GetCommandRequestStatusResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID,
    request_id: UUID,
    *,
    device: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["device"] = device

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/command/{path_segment(request_id)}/status/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> ErrorResponse | GetCommandRequestStatusResponse200 | None:
    if response.status_code == 200:
        response_200 = GetCommandRequestStatusResponse200.from_dict(response.json())

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


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetCommandRequestStatusResponse200]:
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
    request_id: UUID,
    *,
    client: ClientLike,
    device: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[ErrorResponse | GetCommandRequestStatusResponse200]:
    """Per-device progress of one command request.

    Args:
        enterprise_id (UUID):
        request_id (UUID):
        device (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetCommandRequestStatusResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        request_id=request_id,
        device=device,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID,
    request_id: UUID,
    *,
    client: ClientLike,
    device: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> ErrorResponse | GetCommandRequestStatusResponse200 | None:
    """Per-device progress of one command request.

    Args:
        enterprise_id (UUID):
        request_id (UUID):
        device (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetCommandRequestStatusResponse200
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        request_id=request_id,
        client=client,
        device=device,
        state=state,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    request_id: UUID,
    *,
    client: ClientLike,
    device: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[ErrorResponse | GetCommandRequestStatusResponse200]:
    """Per-device progress of one command request.

    Args:
        enterprise_id (UUID):
        request_id (UUID):
        device (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetCommandRequestStatusResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        request_id=request_id,
        device=device,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    request_id: UUID,
    *,
    client: ClientLike,
    device: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> ErrorResponse | GetCommandRequestStatusResponse200 | None:
    """Per-device progress of one command request.

    Args:
        enterprise_id (UUID):
        request_id (UUID):
        device (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetCommandRequestStatusResponse200
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            request_id=request_id,
            client=client,
            device=device,
            state=state,
        )
    ).parsed
