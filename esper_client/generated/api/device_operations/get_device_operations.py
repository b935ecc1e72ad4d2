from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.get_device_operations_ordering import GetDeviceOperationsOrdering
from ...models.get_device_operations_response_200 import GetDeviceOperationsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    operations_id: UUID,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetDeviceOperationsOrdering | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["state"] = state

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering

    params["ordering"] = json_ordering

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/operations/{path_segment(operations_id)}/devices/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> GetDeviceOperationsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetDeviceOperationsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GetDeviceOperationsResponse200]:
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
    operations_id: UUID,
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetDeviceOperationsOrdering | Unset = UNSET,
) -> Response[GetDeviceOperationsResponse200]:
    """List the per-device records of an operation; filter by integer state (see DeviceOperationState).

    Args:
        operations_id (UUID):
        limit (int | Unset):
        offset (int | Unset):
        state (int | Unset):
        ordering (GetDeviceOperationsOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDeviceOperationsResponse200]
    """

    kwargs = _get_kwargs(
        operations_id=operations_id,
        limit=limit,
        offset=offset,
        state=state,
        ordering=ordering,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    operations_id: UUID,
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetDeviceOperationsOrdering | Unset = UNSET,
) -> GetDeviceOperationsResponse200 | None:
    """List the per-device records of an operation; filter by integer state (see DeviceOperationState).

    Args:
        operations_id (UUID):
        limit (int | Unset):
        offset (int | Unset):
        state (int | Unset):
        ordering (GetDeviceOperationsOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDeviceOperationsResponse200
    """

    return sync_detailed(
        operations_id=operations_id,
        client=client,
        limit=limit,
        offset=offset,
        state=state,
        ordering=ordering,
    ).parsed


async def asyncio_detailed(
    operations_id: UUID,
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetDeviceOperationsOrdering | Unset = UNSET,
) -> Response[GetDeviceOperationsResponse200]:
    """List the per-device records of an operation; filter by integer state (see DeviceOperationState).

    Args:
        operations_id (UUID):
        limit (int | Unset):
        offset (int | Unset):
        state (int | Unset):
        ordering (GetDeviceOperationsOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDeviceOperationsResponse200]
    """

    kwargs = _get_kwargs(
        operations_id=operations_id,
        limit=limit,
        offset=offset,
        state=state,
        ordering=ordering,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    operations_id: UUID,
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetDeviceOperationsOrdering | Unset = UNSET,
) -> GetDeviceOperationsResponse200 | None:
    """List the per-device records of an operation; filter by integer state (see DeviceOperationState).

    Args:
        operations_id (UUID):
        limit (int | Unset):
        offset (int | Unset):
        state (int | Unset):
        ordering (GetDeviceOperationsOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDeviceOperationsResponse200
    """

    return (
        await asyncio_detailed(
            operations_id=operations_id,
            client=client,
            limit=limit,
            offset=offset,
            state=state,
            ordering=ordering,
        )
    ).parsed
