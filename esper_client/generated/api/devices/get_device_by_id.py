from typing import Any, cast
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.device_info import DeviceInfo


def _get_kwargs(
    enterprise_id: UUID,
    device_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/enterprise/{path_segment(enterprise_id)}/device/{path_segment(device_id)}/",
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> Any | DeviceInfo | None:
    if response.status_code == 200:
        response_200 = DeviceInfo.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[Any | DeviceInfo]:
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
) -> Response[Any | DeviceInfo]:
    """Read one device by its id.

    Args:
        enterprise_id (UUID):
        device_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeviceInfo]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        device_id=device_id,
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
) -> Any | DeviceInfo | None:
    """Read one device by its id.

    Args:
        enterprise_id (UUID):
        device_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeviceInfo
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        device_id=device_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
) -> Response[Any | DeviceInfo]:
    """Read one device by its id.

    Args:
        enterprise_id (UUID):
        device_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeviceInfo]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        device_id=device_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
) -> Any | DeviceInfo | None:
    """Read one device by its id.

    Args:
        enterprise_id (UUID):
        device_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeviceInfo
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            device_id=device_id,
            client=client,
        )
    ).parsed
