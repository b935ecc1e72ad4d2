from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.get_device_event_response_200 import GetDeviceEventResponse200
from ...types import UNSET


def _get_kwargs(
    enterprise_id: str,
    device_id: str,
    *,
    latest_event: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["latest_event"] = latest_event

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/enterprise/{path_segment(enterprise_id)}/device/{path_segment(device_id)}/status/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> ErrorResponse | GetDeviceEventResponse200 | None:
    if response.status_code == 200:
        response_200 = GetDeviceEventResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetDeviceEventResponse200]:
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
    device_id: str,
    *,
    client: ClientLike,
    latest_event: int,
) -> Response[ErrorResponse | GetDeviceEventResponse200]:
    """Read the most recent status event a device reported.

    Args:
        enterprise_id (str):
        device_id (str):
        latest_event (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetDeviceEventResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        device_id=device_id,
        latest_event=latest_event,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: str,
    device_id: str,
    *,
    client: ClientLike,
    latest_event: int,
) -> ErrorResponse | GetDeviceEventResponse200 | None:
    """Read the most recent status event a device reported.

    Args:
        enterprise_id (str):
        device_id (str):
        latest_event (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetDeviceEventResponse200
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        device_id=device_id,
        client=client,
        latest_event=latest_event,
    ).parsed


async def asyncio_detailed(
    enterprise_id: str,
    device_id: str,
    *,
    client: ClientLike,
    latest_event: int,
) -> Response[ErrorResponse | GetDeviceEventResponse200]:
    """Read the most recent status event a device reported.

    Args:
        enterprise_id (str):
        device_id (str):
        latest_event (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetDeviceEventResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        device_id=device_id,
        latest_event=latest_event,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: str,
    device_id: str,
    *,
    client: ClientLike,
    latest_event: int,
) -> ErrorResponse | GetDeviceEventResponse200 | None:
    """Read the most recent status event a device reported.

    Args:
        enterprise_id (str):
        device_id (str):
        latest_event (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetDeviceEventResponse200
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            device_id=device_id,
            client=client,
            latest_event=latest_event,
        )
    ).parsed
