from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.get_device_command_history_response_200 import GetDeviceCommandHistoryResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID,
    device_id: UUID,
    *,
    state: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/device/{path_segment(device_id)}/command-history/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> ErrorResponse | GetDeviceCommandHistoryResponse200 | None:
    if response.status_code == 200:
        response_200 = GetDeviceCommandHistoryResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetDeviceCommandHistoryResponse200]:
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
    device_id: UUID,
    *,
    client: ClientLike,
    state: str | Unset = UNSET,
) -> Response[ErrorResponse | GetDeviceCommandHistoryResponse200]:
    """The commands a single device has received.

    Args:
        enterprise_id (UUID):
        device_id (UUID):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetDeviceCommandHistoryResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        device_id=device_id,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
    state: str | Unset = UNSET,
) -> ErrorResponse | GetDeviceCommandHistoryResponse200 | None:
    """The commands a single device has received.

    Args:
        enterprise_id (UUID):
        device_id (UUID):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetDeviceCommandHistoryResponse200
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        device_id=device_id,
        client=client,
        state=state,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
    state: str | Unset = UNSET,
) -> Response[ErrorResponse | GetDeviceCommandHistoryResponse200]:
    """The commands a single device has received.

    Args:
        enterprise_id (UUID):
        device_id (UUID):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetDeviceCommandHistoryResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        device_id=device_id,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
    state: str | Unset = UNSET,
) -> ErrorResponse | GetDeviceCommandHistoryResponse200 | None:
    """The commands a single device has received.

    Args:
        enterprise_id (UUID):
        device_id (UUID):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetDeviceCommandHistoryResponse200
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            device_id=device_id,
            client=client,
            state=state,
        )
    ).parsed
