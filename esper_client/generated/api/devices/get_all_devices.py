from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.device_state_enum import DeviceStateEnum
from ...models.error_response import ErrorResponse
from ...models.get_all_devices_response_200 import GetAllDevicesResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID,
    *,
    name: str | Unset = UNSET,
    group: UUID | Unset = UNSET,
    imei: str | Unset = UNSET,
    serial: str | Unset = UNSET,
    state: DeviceStateEnum | Unset = UNSET,
    brand: str | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    assigned_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_version_id: UUID | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    json_group: str | Unset = UNSET
    if not isinstance(group, Unset):
        json_group = str(group)
    params["group"] = json_group

    params["imei"] = imei

    params["serial"] = serial

    json_state: int | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    params["brand"] = brand

    params["is_gms"] = is_gms

    params["search"] = search

    params["tags"] = tags

    json_assigned_blueprint_id: str | Unset = UNSET
    if not isinstance(assigned_blueprint_id, Unset):
        json_assigned_blueprint_id = str(assigned_blueprint_id)
    params["assigned_blueprint_id"] = json_assigned_blueprint_id

    json_current_blueprint_id: str | Unset = UNSET
    if not isinstance(current_blueprint_id, Unset):
        json_current_blueprint_id = str(current_blueprint_id)
    params["current_blueprint_id"] = json_current_blueprint_id

    json_current_blueprint_version_id: str | Unset = UNSET
    if not isinstance(current_blueprint_version_id, Unset):
        json_current_blueprint_version_id = str(current_blueprint_version_id)
    params["current_blueprint_version_id"] = json_current_blueprint_version_id

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/enterprise/{path_segment(enterprise_id)}/device/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> ErrorResponse | GetAllDevicesResponse200 | None:
    if response.status_code == 200:
        response_200 = GetAllDevicesResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetAllDevicesResponse200]:
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
    name: str | Unset = UNSET,
    group: UUID | Unset = UNSET,
    imei: str | Unset = UNSET,
    serial: str | Unset = UNSET,
    state: DeviceStateEnum | Unset = UNSET,
    brand: str | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    assigned_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_version_id: UUID | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[ErrorResponse | GetAllDevicesResponse200]:
    """List the devices enrolled in an enterprise (paged with limit and offset).

    Args:
        enterprise_id (UUID):
        name (str | Unset):
        group (UUID | Unset):
        imei (str | Unset):
        serial (str | Unset):
        state (DeviceStateEnum | Unset):
        brand (str | Unset):
        is_gms (bool | Unset):
        search (str | Unset):
        tags (str | Unset):
        assigned_blueprint_id (UUID | Unset):
        current_blueprint_id (UUID | Unset):
        current_blueprint_version_id (UUID | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAllDevicesResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        name=name,
        group=group,
        imei=imei,
        serial=serial,
        state=state,
        brand=brand,
        is_gms=is_gms,
        search=search,
        tags=tags,
        assigned_blueprint_id=assigned_blueprint_id,
        current_blueprint_id=current_blueprint_id,
        current_blueprint_version_id=current_blueprint_version_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID,
    *,
    client: ClientLike,
    name: str | Unset = UNSET,
    group: UUID | Unset = UNSET,
    imei: str | Unset = UNSET,
    serial: str | Unset = UNSET,
    state: DeviceStateEnum | Unset = UNSET,
    brand: str | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    assigned_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_version_id: UUID | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> ErrorResponse | GetAllDevicesResponse200 | None:
    """List the devices enrolled in an enterprise (paged with limit and offset).

    Args:
        enterprise_id (UUID):
        name (str | Unset):
        group (UUID | Unset):
        imei (str | Unset):
        serial (str | Unset):
        state (DeviceStateEnum | Unset):
        brand (str | Unset):
        is_gms (bool | Unset):
        search (str | Unset):
        tags (str | Unset):
        assigned_blueprint_id (UUID | Unset):
        current_blueprint_id (UUID | Unset):
        current_blueprint_version_id (UUID | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAllDevicesResponse200
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        client=client,
        name=name,
        group=group,
        imei=imei,
        serial=serial,
        state=state,
        brand=brand,
        is_gms=is_gms,
        search=search,
        tags=tags,
        assigned_blueprint_id=assigned_blueprint_id,
        current_blueprint_id=current_blueprint_id,
        current_blueprint_version_id=current_blueprint_version_id,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    *,
    client: ClientLike,
    name: str | Unset = UNSET,
    group: UUID | Unset = UNSET,
    imei: str | Unset = UNSET,
    serial: str | Unset = UNSET,
    state: DeviceStateEnum | Unset = UNSET,
    brand: str | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    assigned_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_version_id: UUID | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[ErrorResponse | GetAllDevicesResponse200]:
    """List the devices enrolled in an enterprise (paged with limit and offset).

    Args:
        enterprise_id (UUID):
        name (str | Unset):
        group (UUID | Unset):
        imei (str | Unset):
        serial (str | Unset):
        state (DeviceStateEnum | Unset):
        brand (str | Unset):
        is_gms (bool | Unset):
        search (str | Unset):
        tags (str | Unset):
        assigned_blueprint_id (UUID | Unset):
        current_blueprint_id (UUID | Unset):
        current_blueprint_version_id (UUID | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAllDevicesResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        name=name,
        group=group,
        imei=imei,
        serial=serial,
        state=state,
        brand=brand,
        is_gms=is_gms,
        search=search,
        tags=tags,
        assigned_blueprint_id=assigned_blueprint_id,
        current_blueprint_id=current_blueprint_id,
        current_blueprint_version_id=current_blueprint_version_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    *,
    client: ClientLike,
    name: str | Unset = UNSET,
    group: UUID | Unset = UNSET,
    imei: str | Unset = UNSET,
    serial: str | Unset = UNSET,
    state: DeviceStateEnum | Unset = UNSET,
    brand: str | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    assigned_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_version_id: UUID | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> ErrorResponse | GetAllDevicesResponse200 | None:
    """List the devices enrolled in an enterprise (paged with limit and offset).

    Args:
        enterprise_id (UUID):
        name (str | Unset):
        group (UUID | Unset):
        imei (str | Unset):
        serial (str | Unset):
        state (DeviceStateEnum | Unset):
        brand (str | Unset):
        is_gms (bool | Unset):
        search (str | Unset):
        tags (str | Unset):
        assigned_blueprint_id (UUID | Unset):
        current_blueprint_id (UUID | Unset):
        current_blueprint_version_id (UUID | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAllDevicesResponse200
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            name=name,
            group=group,
            imei=imei,
            serial=serial,
            state=state,
            brand=brand,
            is_gms=is_gms,
            search=search,
            tags=tags,
            assigned_blueprint_id=assigned_blueprint_id,
            current_blueprint_id=current_blueprint_id,
            current_blueprint_version_id=current_blueprint_version_id,
            limit=limit,
            offset=offset,
        )
    ).parsed
