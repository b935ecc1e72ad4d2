from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.device_info import DeviceInfo
from ...models.device_state_enum import DeviceStateEnum
from ...models.error_response import ErrorResponse
from ...models.get_all_devices_response_200 import GetAllDevicesResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetAllDevicesResponse200)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetAllDevicesResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetAllDevicesResponse200]:
    """List the devices enrolled in an enterprise (paged with limit and offset).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        name (str | Unset): Only devices with this name.
        group (UUID | Unset): Only devices in this group or any group below it (the group's id).
        imei (str | Unset): Only the device with this IMEI.
        serial (str | Unset): Only the device with this serial number.
        state (DeviceStateEnum | Unset): 0: State not known.
            1: Online.
            20: Disabled (the device was wiped, or taken off the Esper console).
            30: Provisioning has started.
            40: Provisioning, setting up Google Play.
            50: Provisioning, applying policies and installing apps.
            60: Offline.
            70: Factory reset under way (started from the console).
            80: Onboarding under way.
            90: Onboarding failed.
            100: Onboarded in Esper.
            110: Provisioning step done: Android for Work account set up.
            120: Provisioning step done: apps installed.
            130: Provisioning step done: branding.
            140: Provisioning step done: permission policy.
            150: Provisioning step done: device policy.
            160: Provisioning step done: device settings.
            170: Provisioning step done: security policy.
            180: Provisioning step done: phone policy.
            190: Provisioning step done: custom settings.
            200: Registered.
        brand (str | Unset): Only devices of this brand.
        is_gms (bool | Unset): True for only the devices with Google Mobile Services, false for
            only those without.
        search (str | Unset): Text to search for across the listed items' main fields: device
            name, IMEI and MAC address.
        tags (str | Unset): Only devices with a tag that contains this text.
        assigned_blueprint_id (UUID | Unset): Only devices assigned this blueprint (its id).
        current_blueprint_id (UUID | Unset): Only devices now running this blueprint (its id).
        current_blueprint_version_id (UUID | Unset): Only devices now on this blueprint version
            (its id).
        limit (int | Unset): Page size: how many items to return. Default: 20.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

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


_PAGE_ITEM = _rt.model(DeviceInfo)


def page_item(data: Any) -> DeviceInfo:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    enterprise_id: UUID | str,
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetAllDevicesResponse200:
    """List the devices enrolled in an enterprise (paged with limit and offset).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        name (str | Unset): Only devices with this name.
        group (UUID | Unset): Only devices in this group or any group below it (the group's id).
        imei (str | Unset): Only the device with this IMEI.
        serial (str | Unset): Only the device with this serial number.
        state (DeviceStateEnum | Unset): 0: State not known.
            1: Online.
            20: Disabled (the device was wiped, or taken off the Esper console).
            30: Provisioning has started.
            40: Provisioning, setting up Google Play.
            50: Provisioning, applying policies and installing apps.
            60: Offline.
            70: Factory reset under way (started from the console).
            80: Onboarding under way.
            90: Onboarding failed.
            100: Onboarded in Esper.
            110: Provisioning step done: Android for Work account set up.
            120: Provisioning step done: apps installed.
            130: Provisioning step done: branding.
            140: Provisioning step done: permission policy.
            150: Provisioning step done: device policy.
            160: Provisioning step done: device settings.
            170: Provisioning step done: security policy.
            180: Provisioning step done: phone policy.
            190: Provisioning step done: custom settings.
            200: Registered.
        brand (str | Unset): Only devices of this brand.
        is_gms (bool | Unset): True for only the devices with Google Mobile Services, false for
            only those without.
        search (str | Unset): Text to search for across the listed items' main fields: device
            name, IMEI and MAC address.
        tags (str | Unset): Only devices with a tag that contains this text.
        assigned_blueprint_id (UUID | Unset): Only devices assigned this blueprint (its id).
        current_blueprint_id (UUID | Unset): Only devices now running this blueprint (its id).
        current_blueprint_version_id (UUID | Unset): Only devices now on this blueprint version
            (its id).
        limit (int | Unset): Page size: how many items to return. Default: 20.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetAllDevicesResponse200
    """

    return _rt.parsed(
        sync_detailed(
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
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetAllDevicesResponse200]:
    """List the devices enrolled in an enterprise (paged with limit and offset).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        name (str | Unset): Only devices with this name.
        group (UUID | Unset): Only devices in this group or any group below it (the group's id).
        imei (str | Unset): Only the device with this IMEI.
        serial (str | Unset): Only the device with this serial number.
        state (DeviceStateEnum | Unset): 0: State not known.
            1: Online.
            20: Disabled (the device was wiped, or taken off the Esper console).
            30: Provisioning has started.
            40: Provisioning, setting up Google Play.
            50: Provisioning, applying policies and installing apps.
            60: Offline.
            70: Factory reset under way (started from the console).
            80: Onboarding under way.
            90: Onboarding failed.
            100: Onboarded in Esper.
            110: Provisioning step done: Android for Work account set up.
            120: Provisioning step done: apps installed.
            130: Provisioning step done: branding.
            140: Provisioning step done: permission policy.
            150: Provisioning step done: device policy.
            160: Provisioning step done: device settings.
            170: Provisioning step done: security policy.
            180: Provisioning step done: phone policy.
            190: Provisioning step done: custom settings.
            200: Registered.
        brand (str | Unset): Only devices of this brand.
        is_gms (bool | Unset): True for only the devices with Google Mobile Services, false for
            only those without.
        search (str | Unset): Text to search for across the listed items' main fields: device
            name, IMEI and MAC address.
        tags (str | Unset): Only devices with a tag that contains this text.
        assigned_blueprint_id (UUID | Unset): Only devices assigned this blueprint (its id).
        current_blueprint_id (UUID | Unset): Only devices now running this blueprint (its id).
        current_blueprint_version_id (UUID | Unset): Only devices now on this blueprint version
            (its id).
        limit (int | Unset): Page size: how many items to return. Default: 20.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

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
    enterprise_id: UUID | str,
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetAllDevicesResponse200:
    """List the devices enrolled in an enterprise (paged with limit and offset).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        name (str | Unset): Only devices with this name.
        group (UUID | Unset): Only devices in this group or any group below it (the group's id).
        imei (str | Unset): Only the device with this IMEI.
        serial (str | Unset): Only the device with this serial number.
        state (DeviceStateEnum | Unset): 0: State not known.
            1: Online.
            20: Disabled (the device was wiped, or taken off the Esper console).
            30: Provisioning has started.
            40: Provisioning, setting up Google Play.
            50: Provisioning, applying policies and installing apps.
            60: Offline.
            70: Factory reset under way (started from the console).
            80: Onboarding under way.
            90: Onboarding failed.
            100: Onboarded in Esper.
            110: Provisioning step done: Android for Work account set up.
            120: Provisioning step done: apps installed.
            130: Provisioning step done: branding.
            140: Provisioning step done: permission policy.
            150: Provisioning step done: device policy.
            160: Provisioning step done: device settings.
            170: Provisioning step done: security policy.
            180: Provisioning step done: phone policy.
            190: Provisioning step done: custom settings.
            200: Registered.
        brand (str | Unset): Only devices of this brand.
        is_gms (bool | Unset): True for only the devices with Google Mobile Services, false for
            only those without.
        search (str | Unset): Text to search for across the listed items' main fields: device
            name, IMEI and MAC address.
        tags (str | Unset): Only devices with a tag that contains this text.
        assigned_blueprint_id (UUID | Unset): Only devices assigned this blueprint (its id).
        current_blueprint_id (UUID | Unset): Only devices now running this blueprint (its id).
        current_blueprint_version_id (UUID | Unset): Only devices now on this blueprint version
            (its id).
        limit (int | Unset): Page size: how many items to return. Default: 20.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetAllDevicesResponse200
    """

    return _rt.parsed(
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
    )
