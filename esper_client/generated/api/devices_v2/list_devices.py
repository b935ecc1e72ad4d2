from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.android_device_v2 import AndroidDeviceV2
from ...models.apple_device_v2 import AppleDeviceV2
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.linux_device_v2 import LinuxDeviceV2
from ...models.list_devices_managed_by import ListDevicesManagedBy
from ...models.list_devices_ordering import ListDevicesOrdering
from ...models.list_devices_os import ListDevicesOs
from ...models.list_devices_response_200 import ListDevicesResponse200
from ...models.windows_device_v2 import WindowsDeviceV2
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: ListDevicesOrdering | Unset = UNSET,
    serial: str | Unset = UNSET,
    udid: str | Unset = UNSET,
    android_version: str | Unset = UNSET,
    ios_version: str | Unset = UNSET,
    ipados_version: str | Unset = UNSET,
    tvos_version: str | Unset = UNSET,
    windows_version: str | Unset = UNSET,
    state: str | Unset = UNSET,
    battery_level_gte: str | Unset = UNSET,
    battery_level_lte: str | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    active_connection: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
    group_multi_immediate: UUID | Unset = UNSET,
    assigned_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_version_id: UUID | Unset = UNSET,
    current_blueprint_version_id_net: UUID | Unset = UNSET,
    platform: str | Unset = UNSET,
    os: ListDevicesOs | Unset = UNSET,
    device_source: str | Unset = UNSET,
    managed_by: ListDevicesManagedBy | Unset = UNSET,
    template_multi: str | Unset = UNSET,
    policy_multi: str | Unset = UNSET,
    search: str | Unset = UNSET,
    foundation_device_model_id: UUID | Unset = UNSET,
    android_version_exact: str | Unset = UNSET,
    foundation_major_version: int | Unset = UNSET,
    foundation_minor_version: int | Unset = UNSET,
    foundation_build_number: int | Unset = UNSET,
    airwave_tenant_model_id: str | Unset = UNSET,
    airwave_build_id: str | Unset = UNSET,
    airwave_build_number: int | Unset = UNSET,
    foundation_version: str | Unset = UNSET,
    esper_agent_version_name: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    is_locked_down: bool | Unset = UNSET,
    global_device_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["cursor"] = cursor

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering

    params["ordering"] = json_ordering

    params["serial"] = serial

    params["udid"] = udid

    params["android_version"] = android_version

    params["ios_version"] = ios_version

    params["ipados_version"] = ipados_version

    params["tvos_version"] = tvos_version

    params["windows_version"] = windows_version

    params["state"] = state

    params["battery_level_gte"] = battery_level_gte

    params["battery_level_lte"] = battery_level_lte

    params["is_gms"] = is_gms

    params["active_connection"] = active_connection

    json_group_multi: str | Unset = UNSET
    if not isinstance(group_multi, Unset):
        json_group_multi = str(group_multi)
    params["group_multi"] = json_group_multi

    json_group_multi_immediate: str | Unset = UNSET
    if not isinstance(group_multi_immediate, Unset):
        json_group_multi_immediate = str(group_multi_immediate)
    params["group_multi_immediate"] = json_group_multi_immediate

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

    json_current_blueprint_version_id_net: str | Unset = UNSET
    if not isinstance(current_blueprint_version_id_net, Unset):
        json_current_blueprint_version_id_net = str(current_blueprint_version_id_net)
    params["current_blueprint_version_id_net"] = json_current_blueprint_version_id_net

    params["platform"] = platform

    json_os: str | Unset = UNSET
    if not isinstance(os, Unset):
        json_os = os

    params["os"] = json_os

    params["device_source"] = device_source

    json_managed_by: str | Unset = UNSET
    if not isinstance(managed_by, Unset):
        json_managed_by = managed_by

    params["managed_by"] = json_managed_by

    params["template_multi"] = template_multi

    params["policy_multi"] = policy_multi

    params["search"] = search

    json_foundation_device_model_id: str | Unset = UNSET
    if not isinstance(foundation_device_model_id, Unset):
        json_foundation_device_model_id = str(foundation_device_model_id)
    params["foundation_device_model_id"] = json_foundation_device_model_id

    params["android_version_exact"] = android_version_exact

    params["foundation_major_version"] = foundation_major_version

    params["foundation_minor_version"] = foundation_minor_version

    params["foundation_build_number"] = foundation_build_number

    params["airwave_tenant_model_id"] = airwave_tenant_model_id

    params["airwave_build_id"] = airwave_build_id

    params["airwave_build_number"] = airwave_build_number

    params["foundation_version"] = foundation_version

    params["esper_agent_version_name"] = esper_agent_version_name

    params["tags"] = tags

    params["is_locked_down"] = is_locked_down

    params["global_device_id"] = global_device_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/devices/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListDevicesResponse200)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: ListDevicesOrdering | Unset = UNSET,
    serial: str | Unset = UNSET,
    udid: str | Unset = UNSET,
    android_version: str | Unset = UNSET,
    ios_version: str | Unset = UNSET,
    ipados_version: str | Unset = UNSET,
    tvos_version: str | Unset = UNSET,
    windows_version: str | Unset = UNSET,
    state: str | Unset = UNSET,
    battery_level_gte: str | Unset = UNSET,
    battery_level_lte: str | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    active_connection: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
    group_multi_immediate: UUID | Unset = UNSET,
    assigned_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_version_id: UUID | Unset = UNSET,
    current_blueprint_version_id_net: UUID | Unset = UNSET,
    platform: str | Unset = UNSET,
    os: ListDevicesOs | Unset = UNSET,
    device_source: str | Unset = UNSET,
    managed_by: ListDevicesManagedBy | Unset = UNSET,
    template_multi: str | Unset = UNSET,
    policy_multi: str | Unset = UNSET,
    search: str | Unset = UNSET,
    foundation_device_model_id: UUID | Unset = UNSET,
    android_version_exact: str | Unset = UNSET,
    foundation_major_version: int | Unset = UNSET,
    foundation_minor_version: int | Unset = UNSET,
    foundation_build_number: int | Unset = UNSET,
    airwave_tenant_model_id: str | Unset = UNSET,
    airwave_build_id: str | Unset = UNSET,
    airwave_build_number: int | Unset = UNSET,
    foundation_version: str | Unset = UNSET,
    esper_agent_version_name: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    is_locked_down: bool | Unset = UNSET,
    global_device_id: str | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesResponse200]:
    """List the tenant's devices of every platform, with many filters. Pages either by offset or by cursor
    (pass cursor to get cursor pages).

    Args:
        limit (int | Unset): Page size: how many items to return (at most 1000). Default: 10.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        cursor (str | Unset): Cursor paging: 'start' for the first page, then the next or previous
            cursor value a page returned. Leave it out to page by offset instead.
        ordering (ListDevicesOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.
        serial (str | Unset): Only the device with this serial number.
        udid (str | Unset): Only the Apple device with this UDID.
        android_version (str | Unset): Only Android devices on this Android version.
        ios_version (str | Unset): Only devices on this iOS version.
        ipados_version (str | Unset): Only devices on this iPadOS version.
        tvos_version (str | Unset): Only devices on this tvOS version.
        windows_version (str | Unset): Only Windows devices on this Windows version.
        state (str | Unset): Only devices in this state (the numeric device state code).
        battery_level_gte (str | Unset): Only devices whose battery level (percent) is at least
            this.
        battery_level_lte (str | Unset): Only devices whose battery level (percent) is at most
            this.
        is_gms (bool | Unset): True for only Android devices with Google Mobile Services, false
            for only those without.
        active_connection (str | Unset): Only devices whose current network connection is of this
            kind.
        group_multi (UUID | Unset): Only devices in these groups or in any of their subgroups
            (group ids).
        group_multi_immediate (UUID | Unset): Only devices directly in these groups, not in their
            subgroups (group ids).
        assigned_blueprint_id (UUID | Unset): Only devices that this blueprint is assigned to.
        current_blueprint_id (UUID | Unset): Only devices that currently run this blueprint.
        current_blueprint_version_id (UUID | Unset): Only devices that currently run this
            blueprint version.
        current_blueprint_version_id_net (UUID | Unset): Only devices that do not currently run
            this blueprint version.
        platform (str | Unset): Only devices of these platforms, comma-separated (ANDROID, APPLE,
            LINUX, WINDOWS).
        os (ListDevicesOs | Unset): Only devices running this operating system.
        device_source (str | Unset): Only devices enrolled this way, comma-separated: ABM (through
            Apple Business Manager) or NON_ABM.
        managed_by (ListDevicesManagedBy | Unset): Only devices configured by a blueprint
            (BLUEPRINT) or by a template (TEMPLATE).
        template_multi (str | Unset): Only devices provisioned with one of these templates, comma-
            separated template names.
        policy_multi (str | Unset): Only devices that have one of these policies, comma-separated
            policy names.
        search (str | Unset): Text to search for across the listed items' main fields (for
            devices: name, serial, IMEI, model, UDID, MAC and IP addresses, operators and more).
        foundation_device_model_id (UUID | Unset): Only Foundation devices of this device model
            (its id).
        android_version_exact (str | Unset): Only Android devices whose Android version is exactly
            this text.
        foundation_major_version (int | Unset): Only Foundation devices with this major version of
            the Foundation build.
        foundation_minor_version (int | Unset): Only Foundation devices with this minor version of
            the Foundation build.
        foundation_build_number (int | Unset): Only Foundation devices with this Foundation build
            number.
        airwave_tenant_model_id (str | Unset): Only devices of this AirWave tenant model (its id).
        airwave_build_id (str | Unset): Only devices on this AirWave build (its id).
        airwave_build_number (int | Unset): Only devices on this AirWave build number.
        foundation_version (str | Unset): Only devices on this full Foundation version (the EEA
            version, or os_version.major.minor.build).
        esper_agent_version_name (str | Unset): Only devices whose Esper agent (DPC) has this
            version name.
        tags (str | Unset): Only devices with one of these tags, comma-separated tag ids.
        is_locked_down (bool | Unset): True for only devices in lockdown, false for only those not
            in it.
        global_device_id (str | Unset): Only the device with this global device id.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        cursor=cursor,
        ordering=ordering,
        serial=serial,
        udid=udid,
        android_version=android_version,
        ios_version=ios_version,
        ipados_version=ipados_version,
        tvos_version=tvos_version,
        windows_version=windows_version,
        state=state,
        battery_level_gte=battery_level_gte,
        battery_level_lte=battery_level_lte,
        is_gms=is_gms,
        active_connection=active_connection,
        group_multi=group_multi,
        group_multi_immediate=group_multi_immediate,
        assigned_blueprint_id=assigned_blueprint_id,
        current_blueprint_id=current_blueprint_id,
        current_blueprint_version_id=current_blueprint_version_id,
        current_blueprint_version_id_net=current_blueprint_version_id_net,
        platform=platform,
        os=os,
        device_source=device_source,
        managed_by=managed_by,
        template_multi=template_multi,
        policy_multi=policy_multi,
        search=search,
        foundation_device_model_id=foundation_device_model_id,
        android_version_exact=android_version_exact,
        foundation_major_version=foundation_major_version,
        foundation_minor_version=foundation_minor_version,
        foundation_build_number=foundation_build_number,
        airwave_tenant_model_id=airwave_tenant_model_id,
        airwave_build_id=airwave_build_id,
        airwave_build_number=airwave_build_number,
        foundation_version=foundation_version,
        esper_agent_version_name=esper_agent_version_name,
        tags=tags,
        is_locked_down=is_locked_down,
        global_device_id=global_device_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.union(
    _rt.model(AndroidDeviceV2),
    _rt.model(AppleDeviceV2),
    _rt.model(LinuxDeviceV2),
    _rt.model(WindowsDeviceV2),
)


def page_item(data: Any) -> AndroidDeviceV2 | AppleDeviceV2 | LinuxDeviceV2 | WindowsDeviceV2:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: ListDevicesOrdering | Unset = UNSET,
    serial: str | Unset = UNSET,
    udid: str | Unset = UNSET,
    android_version: str | Unset = UNSET,
    ios_version: str | Unset = UNSET,
    ipados_version: str | Unset = UNSET,
    tvos_version: str | Unset = UNSET,
    windows_version: str | Unset = UNSET,
    state: str | Unset = UNSET,
    battery_level_gte: str | Unset = UNSET,
    battery_level_lte: str | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    active_connection: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
    group_multi_immediate: UUID | Unset = UNSET,
    assigned_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_version_id: UUID | Unset = UNSET,
    current_blueprint_version_id_net: UUID | Unset = UNSET,
    platform: str | Unset = UNSET,
    os: ListDevicesOs | Unset = UNSET,
    device_source: str | Unset = UNSET,
    managed_by: ListDevicesManagedBy | Unset = UNSET,
    template_multi: str | Unset = UNSET,
    policy_multi: str | Unset = UNSET,
    search: str | Unset = UNSET,
    foundation_device_model_id: UUID | Unset = UNSET,
    android_version_exact: str | Unset = UNSET,
    foundation_major_version: int | Unset = UNSET,
    foundation_minor_version: int | Unset = UNSET,
    foundation_build_number: int | Unset = UNSET,
    airwave_tenant_model_id: str | Unset = UNSET,
    airwave_build_id: str | Unset = UNSET,
    airwave_build_number: int | Unset = UNSET,
    foundation_version: str | Unset = UNSET,
    esper_agent_version_name: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    is_locked_down: bool | Unset = UNSET,
    global_device_id: str | Unset = UNSET,
) -> ListDevicesResponse200:
    """List the tenant's devices of every platform, with many filters. Pages either by offset or by cursor
    (pass cursor to get cursor pages).

    Args:
        limit (int | Unset): Page size: how many items to return (at most 1000). Default: 10.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        cursor (str | Unset): Cursor paging: 'start' for the first page, then the next or previous
            cursor value a page returned. Leave it out to page by offset instead.
        ordering (ListDevicesOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.
        serial (str | Unset): Only the device with this serial number.
        udid (str | Unset): Only the Apple device with this UDID.
        android_version (str | Unset): Only Android devices on this Android version.
        ios_version (str | Unset): Only devices on this iOS version.
        ipados_version (str | Unset): Only devices on this iPadOS version.
        tvos_version (str | Unset): Only devices on this tvOS version.
        windows_version (str | Unset): Only Windows devices on this Windows version.
        state (str | Unset): Only devices in this state (the numeric device state code).
        battery_level_gte (str | Unset): Only devices whose battery level (percent) is at least
            this.
        battery_level_lte (str | Unset): Only devices whose battery level (percent) is at most
            this.
        is_gms (bool | Unset): True for only Android devices with Google Mobile Services, false
            for only those without.
        active_connection (str | Unset): Only devices whose current network connection is of this
            kind.
        group_multi (UUID | Unset): Only devices in these groups or in any of their subgroups
            (group ids).
        group_multi_immediate (UUID | Unset): Only devices directly in these groups, not in their
            subgroups (group ids).
        assigned_blueprint_id (UUID | Unset): Only devices that this blueprint is assigned to.
        current_blueprint_id (UUID | Unset): Only devices that currently run this blueprint.
        current_blueprint_version_id (UUID | Unset): Only devices that currently run this
            blueprint version.
        current_blueprint_version_id_net (UUID | Unset): Only devices that do not currently run
            this blueprint version.
        platform (str | Unset): Only devices of these platforms, comma-separated (ANDROID, APPLE,
            LINUX, WINDOWS).
        os (ListDevicesOs | Unset): Only devices running this operating system.
        device_source (str | Unset): Only devices enrolled this way, comma-separated: ABM (through
            Apple Business Manager) or NON_ABM.
        managed_by (ListDevicesManagedBy | Unset): Only devices configured by a blueprint
            (BLUEPRINT) or by a template (TEMPLATE).
        template_multi (str | Unset): Only devices provisioned with one of these templates, comma-
            separated template names.
        policy_multi (str | Unset): Only devices that have one of these policies, comma-separated
            policy names.
        search (str | Unset): Text to search for across the listed items' main fields (for
            devices: name, serial, IMEI, model, UDID, MAC and IP addresses, operators and more).
        foundation_device_model_id (UUID | Unset): Only Foundation devices of this device model
            (its id).
        android_version_exact (str | Unset): Only Android devices whose Android version is exactly
            this text.
        foundation_major_version (int | Unset): Only Foundation devices with this major version of
            the Foundation build.
        foundation_minor_version (int | Unset): Only Foundation devices with this minor version of
            the Foundation build.
        foundation_build_number (int | Unset): Only Foundation devices with this Foundation build
            number.
        airwave_tenant_model_id (str | Unset): Only devices of this AirWave tenant model (its id).
        airwave_build_id (str | Unset): Only devices on this AirWave build (its id).
        airwave_build_number (int | Unset): Only devices on this AirWave build number.
        foundation_version (str | Unset): Only devices on this full Foundation version (the EEA
            version, or os_version.major.minor.build).
        esper_agent_version_name (str | Unset): Only devices whose Esper agent (DPC) has this
            version name.
        tags (str | Unset): Only devices with one of these tags, comma-separated tag ids.
        is_locked_down (bool | Unset): True for only devices in lockdown, false for only those not
            in it.
        global_device_id (str | Unset): Only the device with this global device id.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListDevicesResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            limit=limit,
            offset=offset,
            cursor=cursor,
            ordering=ordering,
            serial=serial,
            udid=udid,
            android_version=android_version,
            ios_version=ios_version,
            ipados_version=ipados_version,
            tvos_version=tvos_version,
            windows_version=windows_version,
            state=state,
            battery_level_gte=battery_level_gte,
            battery_level_lte=battery_level_lte,
            is_gms=is_gms,
            active_connection=active_connection,
            group_multi=group_multi,
            group_multi_immediate=group_multi_immediate,
            assigned_blueprint_id=assigned_blueprint_id,
            current_blueprint_id=current_blueprint_id,
            current_blueprint_version_id=current_blueprint_version_id,
            current_blueprint_version_id_net=current_blueprint_version_id_net,
            platform=platform,
            os=os,
            device_source=device_source,
            managed_by=managed_by,
            template_multi=template_multi,
            policy_multi=policy_multi,
            search=search,
            foundation_device_model_id=foundation_device_model_id,
            android_version_exact=android_version_exact,
            foundation_major_version=foundation_major_version,
            foundation_minor_version=foundation_minor_version,
            foundation_build_number=foundation_build_number,
            airwave_tenant_model_id=airwave_tenant_model_id,
            airwave_build_id=airwave_build_id,
            airwave_build_number=airwave_build_number,
            foundation_version=foundation_version,
            esper_agent_version_name=esper_agent_version_name,
            tags=tags,
            is_locked_down=is_locked_down,
            global_device_id=global_device_id,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: ListDevicesOrdering | Unset = UNSET,
    serial: str | Unset = UNSET,
    udid: str | Unset = UNSET,
    android_version: str | Unset = UNSET,
    ios_version: str | Unset = UNSET,
    ipados_version: str | Unset = UNSET,
    tvos_version: str | Unset = UNSET,
    windows_version: str | Unset = UNSET,
    state: str | Unset = UNSET,
    battery_level_gte: str | Unset = UNSET,
    battery_level_lte: str | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    active_connection: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
    group_multi_immediate: UUID | Unset = UNSET,
    assigned_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_version_id: UUID | Unset = UNSET,
    current_blueprint_version_id_net: UUID | Unset = UNSET,
    platform: str | Unset = UNSET,
    os: ListDevicesOs | Unset = UNSET,
    device_source: str | Unset = UNSET,
    managed_by: ListDevicesManagedBy | Unset = UNSET,
    template_multi: str | Unset = UNSET,
    policy_multi: str | Unset = UNSET,
    search: str | Unset = UNSET,
    foundation_device_model_id: UUID | Unset = UNSET,
    android_version_exact: str | Unset = UNSET,
    foundation_major_version: int | Unset = UNSET,
    foundation_minor_version: int | Unset = UNSET,
    foundation_build_number: int | Unset = UNSET,
    airwave_tenant_model_id: str | Unset = UNSET,
    airwave_build_id: str | Unset = UNSET,
    airwave_build_number: int | Unset = UNSET,
    foundation_version: str | Unset = UNSET,
    esper_agent_version_name: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    is_locked_down: bool | Unset = UNSET,
    global_device_id: str | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesResponse200]:
    """List the tenant's devices of every platform, with many filters. Pages either by offset or by cursor
    (pass cursor to get cursor pages).

    Args:
        limit (int | Unset): Page size: how many items to return (at most 1000). Default: 10.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        cursor (str | Unset): Cursor paging: 'start' for the first page, then the next or previous
            cursor value a page returned. Leave it out to page by offset instead.
        ordering (ListDevicesOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.
        serial (str | Unset): Only the device with this serial number.
        udid (str | Unset): Only the Apple device with this UDID.
        android_version (str | Unset): Only Android devices on this Android version.
        ios_version (str | Unset): Only devices on this iOS version.
        ipados_version (str | Unset): Only devices on this iPadOS version.
        tvos_version (str | Unset): Only devices on this tvOS version.
        windows_version (str | Unset): Only Windows devices on this Windows version.
        state (str | Unset): Only devices in this state (the numeric device state code).
        battery_level_gte (str | Unset): Only devices whose battery level (percent) is at least
            this.
        battery_level_lte (str | Unset): Only devices whose battery level (percent) is at most
            this.
        is_gms (bool | Unset): True for only Android devices with Google Mobile Services, false
            for only those without.
        active_connection (str | Unset): Only devices whose current network connection is of this
            kind.
        group_multi (UUID | Unset): Only devices in these groups or in any of their subgroups
            (group ids).
        group_multi_immediate (UUID | Unset): Only devices directly in these groups, not in their
            subgroups (group ids).
        assigned_blueprint_id (UUID | Unset): Only devices that this blueprint is assigned to.
        current_blueprint_id (UUID | Unset): Only devices that currently run this blueprint.
        current_blueprint_version_id (UUID | Unset): Only devices that currently run this
            blueprint version.
        current_blueprint_version_id_net (UUID | Unset): Only devices that do not currently run
            this blueprint version.
        platform (str | Unset): Only devices of these platforms, comma-separated (ANDROID, APPLE,
            LINUX, WINDOWS).
        os (ListDevicesOs | Unset): Only devices running this operating system.
        device_source (str | Unset): Only devices enrolled this way, comma-separated: ABM (through
            Apple Business Manager) or NON_ABM.
        managed_by (ListDevicesManagedBy | Unset): Only devices configured by a blueprint
            (BLUEPRINT) or by a template (TEMPLATE).
        template_multi (str | Unset): Only devices provisioned with one of these templates, comma-
            separated template names.
        policy_multi (str | Unset): Only devices that have one of these policies, comma-separated
            policy names.
        search (str | Unset): Text to search for across the listed items' main fields (for
            devices: name, serial, IMEI, model, UDID, MAC and IP addresses, operators and more).
        foundation_device_model_id (UUID | Unset): Only Foundation devices of this device model
            (its id).
        android_version_exact (str | Unset): Only Android devices whose Android version is exactly
            this text.
        foundation_major_version (int | Unset): Only Foundation devices with this major version of
            the Foundation build.
        foundation_minor_version (int | Unset): Only Foundation devices with this minor version of
            the Foundation build.
        foundation_build_number (int | Unset): Only Foundation devices with this Foundation build
            number.
        airwave_tenant_model_id (str | Unset): Only devices of this AirWave tenant model (its id).
        airwave_build_id (str | Unset): Only devices on this AirWave build (its id).
        airwave_build_number (int | Unset): Only devices on this AirWave build number.
        foundation_version (str | Unset): Only devices on this full Foundation version (the EEA
            version, or os_version.major.minor.build).
        esper_agent_version_name (str | Unset): Only devices whose Esper agent (DPC) has this
            version name.
        tags (str | Unset): Only devices with one of these tags, comma-separated tag ids.
        is_locked_down (bool | Unset): True for only devices in lockdown, false for only those not
            in it.
        global_device_id (str | Unset): Only the device with this global device id.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        cursor=cursor,
        ordering=ordering,
        serial=serial,
        udid=udid,
        android_version=android_version,
        ios_version=ios_version,
        ipados_version=ipados_version,
        tvos_version=tvos_version,
        windows_version=windows_version,
        state=state,
        battery_level_gte=battery_level_gte,
        battery_level_lte=battery_level_lte,
        is_gms=is_gms,
        active_connection=active_connection,
        group_multi=group_multi,
        group_multi_immediate=group_multi_immediate,
        assigned_blueprint_id=assigned_blueprint_id,
        current_blueprint_id=current_blueprint_id,
        current_blueprint_version_id=current_blueprint_version_id,
        current_blueprint_version_id_net=current_blueprint_version_id_net,
        platform=platform,
        os=os,
        device_source=device_source,
        managed_by=managed_by,
        template_multi=template_multi,
        policy_multi=policy_multi,
        search=search,
        foundation_device_model_id=foundation_device_model_id,
        android_version_exact=android_version_exact,
        foundation_major_version=foundation_major_version,
        foundation_minor_version=foundation_minor_version,
        foundation_build_number=foundation_build_number,
        airwave_tenant_model_id=airwave_tenant_model_id,
        airwave_build_id=airwave_build_id,
        airwave_build_number=airwave_build_number,
        foundation_version=foundation_version,
        esper_agent_version_name=esper_agent_version_name,
        tags=tags,
        is_locked_down=is_locked_down,
        global_device_id=global_device_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: ListDevicesOrdering | Unset = UNSET,
    serial: str | Unset = UNSET,
    udid: str | Unset = UNSET,
    android_version: str | Unset = UNSET,
    ios_version: str | Unset = UNSET,
    ipados_version: str | Unset = UNSET,
    tvos_version: str | Unset = UNSET,
    windows_version: str | Unset = UNSET,
    state: str | Unset = UNSET,
    battery_level_gte: str | Unset = UNSET,
    battery_level_lte: str | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    active_connection: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
    group_multi_immediate: UUID | Unset = UNSET,
    assigned_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_id: UUID | Unset = UNSET,
    current_blueprint_version_id: UUID | Unset = UNSET,
    current_blueprint_version_id_net: UUID | Unset = UNSET,
    platform: str | Unset = UNSET,
    os: ListDevicesOs | Unset = UNSET,
    device_source: str | Unset = UNSET,
    managed_by: ListDevicesManagedBy | Unset = UNSET,
    template_multi: str | Unset = UNSET,
    policy_multi: str | Unset = UNSET,
    search: str | Unset = UNSET,
    foundation_device_model_id: UUID | Unset = UNSET,
    android_version_exact: str | Unset = UNSET,
    foundation_major_version: int | Unset = UNSET,
    foundation_minor_version: int | Unset = UNSET,
    foundation_build_number: int | Unset = UNSET,
    airwave_tenant_model_id: str | Unset = UNSET,
    airwave_build_id: str | Unset = UNSET,
    airwave_build_number: int | Unset = UNSET,
    foundation_version: str | Unset = UNSET,
    esper_agent_version_name: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    is_locked_down: bool | Unset = UNSET,
    global_device_id: str | Unset = UNSET,
) -> ListDevicesResponse200:
    """List the tenant's devices of every platform, with many filters. Pages either by offset or by cursor
    (pass cursor to get cursor pages).

    Args:
        limit (int | Unset): Page size: how many items to return (at most 1000). Default: 10.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        cursor (str | Unset): Cursor paging: 'start' for the first page, then the next or previous
            cursor value a page returned. Leave it out to page by offset instead.
        ordering (ListDevicesOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.
        serial (str | Unset): Only the device with this serial number.
        udid (str | Unset): Only the Apple device with this UDID.
        android_version (str | Unset): Only Android devices on this Android version.
        ios_version (str | Unset): Only devices on this iOS version.
        ipados_version (str | Unset): Only devices on this iPadOS version.
        tvos_version (str | Unset): Only devices on this tvOS version.
        windows_version (str | Unset): Only Windows devices on this Windows version.
        state (str | Unset): Only devices in this state (the numeric device state code).
        battery_level_gte (str | Unset): Only devices whose battery level (percent) is at least
            this.
        battery_level_lte (str | Unset): Only devices whose battery level (percent) is at most
            this.
        is_gms (bool | Unset): True for only Android devices with Google Mobile Services, false
            for only those without.
        active_connection (str | Unset): Only devices whose current network connection is of this
            kind.
        group_multi (UUID | Unset): Only devices in these groups or in any of their subgroups
            (group ids).
        group_multi_immediate (UUID | Unset): Only devices directly in these groups, not in their
            subgroups (group ids).
        assigned_blueprint_id (UUID | Unset): Only devices that this blueprint is assigned to.
        current_blueprint_id (UUID | Unset): Only devices that currently run this blueprint.
        current_blueprint_version_id (UUID | Unset): Only devices that currently run this
            blueprint version.
        current_blueprint_version_id_net (UUID | Unset): Only devices that do not currently run
            this blueprint version.
        platform (str | Unset): Only devices of these platforms, comma-separated (ANDROID, APPLE,
            LINUX, WINDOWS).
        os (ListDevicesOs | Unset): Only devices running this operating system.
        device_source (str | Unset): Only devices enrolled this way, comma-separated: ABM (through
            Apple Business Manager) or NON_ABM.
        managed_by (ListDevicesManagedBy | Unset): Only devices configured by a blueprint
            (BLUEPRINT) or by a template (TEMPLATE).
        template_multi (str | Unset): Only devices provisioned with one of these templates, comma-
            separated template names.
        policy_multi (str | Unset): Only devices that have one of these policies, comma-separated
            policy names.
        search (str | Unset): Text to search for across the listed items' main fields (for
            devices: name, serial, IMEI, model, UDID, MAC and IP addresses, operators and more).
        foundation_device_model_id (UUID | Unset): Only Foundation devices of this device model
            (its id).
        android_version_exact (str | Unset): Only Android devices whose Android version is exactly
            this text.
        foundation_major_version (int | Unset): Only Foundation devices with this major version of
            the Foundation build.
        foundation_minor_version (int | Unset): Only Foundation devices with this minor version of
            the Foundation build.
        foundation_build_number (int | Unset): Only Foundation devices with this Foundation build
            number.
        airwave_tenant_model_id (str | Unset): Only devices of this AirWave tenant model (its id).
        airwave_build_id (str | Unset): Only devices on this AirWave build (its id).
        airwave_build_number (int | Unset): Only devices on this AirWave build number.
        foundation_version (str | Unset): Only devices on this full Foundation version (the EEA
            version, or os_version.major.minor.build).
        esper_agent_version_name (str | Unset): Only devices whose Esper agent (DPC) has this
            version name.
        tags (str | Unset): Only devices with one of these tags, comma-separated tag ids.
        is_locked_down (bool | Unset): True for only devices in lockdown, false for only those not
            in it.
        global_device_id (str | Unset): Only the device with this global device id.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListDevicesResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            cursor=cursor,
            ordering=ordering,
            serial=serial,
            udid=udid,
            android_version=android_version,
            ios_version=ios_version,
            ipados_version=ipados_version,
            tvos_version=tvos_version,
            windows_version=windows_version,
            state=state,
            battery_level_gte=battery_level_gte,
            battery_level_lte=battery_level_lte,
            is_gms=is_gms,
            active_connection=active_connection,
            group_multi=group_multi,
            group_multi_immediate=group_multi_immediate,
            assigned_blueprint_id=assigned_blueprint_id,
            current_blueprint_id=current_blueprint_id,
            current_blueprint_version_id=current_blueprint_version_id,
            current_blueprint_version_id_net=current_blueprint_version_id_net,
            platform=platform,
            os=os,
            device_source=device_source,
            managed_by=managed_by,
            template_multi=template_multi,
            policy_multi=policy_multi,
            search=search,
            foundation_device_model_id=foundation_device_model_id,
            android_version_exact=android_version_exact,
            foundation_major_version=foundation_major_version,
            foundation_minor_version=foundation_minor_version,
            foundation_build_number=foundation_build_number,
            airwave_tenant_model_id=airwave_tenant_model_id,
            airwave_build_id=airwave_build_id,
            airwave_build_number=airwave_build_number,
            foundation_version=foundation_version,
            esper_agent_version_name=esper_agent_version_name,
            tags=tags,
            is_locked_down=is_locked_down,
            global_device_id=global_device_id,
        )
    )
