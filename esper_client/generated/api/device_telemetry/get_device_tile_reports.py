import datetime
from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.device_tiles import DeviceTiles
from ...models.error_response import ErrorResponse
from ...models.get_device_tile_reports_response_200 import GetDeviceTileReportsResponse200
from ...models.security_states_enum import SecurityStatesEnum
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    *,
    state: int | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    provisioned_on_gt: datetime.datetime | Unset = UNSET,
    provisioned_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    last_seen_gt: datetime.datetime | Unset = UNSET,
    last_seen_lt: datetime.datetime | Unset = UNSET,
    battery_level_gte: float | Unset = UNSET,
    battery_level_lte: float | Unset = UNSET,
    at_risk: bool | Unset = UNSET,
    security_status: SecurityStatesEnum | Unset = UNSET,
    status: str | Unset = UNSET,
    group: UUID | Unset = UNSET,
    group_name: str | Unset = UNSET,
    group_name_multi: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
    group_multi_immediate: str | Unset = UNSET,
    group_null: str | Unset = UNSET,
    imei: str | Unset = UNSET,
    name: str | Unset = UNSET,
    recently_added: bool | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    tags: str | Unset = UNSET,
    is_geofence_applied: str | Unset = UNSET,
    serial: str | Unset = UNSET,
    android_version: str | Unset = UNSET,
    android_version_multi: str | Unset = UNSET,
    wifi_ssid: str | Unset = UNSET,
    network_type: str | Unset = UNSET,
    network_type_multi: str | Unset = UNSET,
    model: str | Unset = UNSET,
    template: str | Unset = UNSET,
    template_multi: str | Unset = UNSET,
    policy: str | Unset = UNSET,
    policy_multi: str | Unset = UNSET,
    policy_null: bool | Unset = UNSET,
    dpc_version: str | Unset = UNSET,
    active_connection: str | Unset = UNSET,
    device_type: str | Unset = UNSET,
    seamless_info: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["state"] = state

    json_created_on_gt: str | Unset = UNSET
    if not isinstance(created_on_gt, Unset):
        json_created_on_gt = created_on_gt.isoformat()
    params["created_on_gt"] = json_created_on_gt

    json_created_on_lt: str | Unset = UNSET
    if not isinstance(created_on_lt, Unset):
        json_created_on_lt = created_on_lt.isoformat()
    params["created_on_lt"] = json_created_on_lt

    json_provisioned_on_gt: str | Unset = UNSET
    if not isinstance(provisioned_on_gt, Unset):
        json_provisioned_on_gt = provisioned_on_gt.isoformat()
    params["provisioned_on_gt"] = json_provisioned_on_gt

    json_provisioned_on_lt: str | Unset = UNSET
    if not isinstance(provisioned_on_lt, Unset):
        json_provisioned_on_lt = provisioned_on_lt.isoformat()
    params["provisioned_on_lt"] = json_provisioned_on_lt

    json_updated_on_gt: str | Unset = UNSET
    if not isinstance(updated_on_gt, Unset):
        json_updated_on_gt = updated_on_gt.isoformat()
    params["updated_on_gt"] = json_updated_on_gt

    json_updated_on_lt: str | Unset = UNSET
    if not isinstance(updated_on_lt, Unset):
        json_updated_on_lt = updated_on_lt.isoformat()
    params["updated_on_lt"] = json_updated_on_lt

    json_last_seen_gt: str | Unset = UNSET
    if not isinstance(last_seen_gt, Unset):
        json_last_seen_gt = last_seen_gt.isoformat()
    params["last_seen_gt"] = json_last_seen_gt

    json_last_seen_lt: str | Unset = UNSET
    if not isinstance(last_seen_lt, Unset):
        json_last_seen_lt = last_seen_lt.isoformat()
    params["last_seen_lt"] = json_last_seen_lt

    params["battery_level_gte"] = battery_level_gte

    params["battery_level_lte"] = battery_level_lte

    params["at_risk"] = at_risk

    json_security_status: int | Unset = UNSET
    if not isinstance(security_status, Unset):
        json_security_status = security_status

    params["security_status"] = json_security_status

    params["status"] = status

    json_group: str | Unset = UNSET
    if not isinstance(group, Unset):
        json_group = str(group)
    params["group"] = json_group

    params["group_name"] = group_name

    params["group_name_multi"] = group_name_multi

    json_group_multi: str | Unset = UNSET
    if not isinstance(group_multi, Unset):
        json_group_multi = str(group_multi)
    params["group_multi"] = json_group_multi

    params["group_multi_immediate"] = group_multi_immediate

    params["group_null"] = group_null

    params["imei"] = imei

    params["name"] = name

    params["recently_added"] = recently_added

    params["is_gms"] = is_gms

    params["tags"] = tags

    params["is_geofence_applied"] = is_geofence_applied

    params["serial"] = serial

    params["android_version"] = android_version

    params["android_version_multi"] = android_version_multi

    params["wifi_ssid"] = wifi_ssid

    params["network_type"] = network_type

    params["network_type_multi"] = network_type_multi

    params["model"] = model

    params["template"] = template

    params["template_multi"] = template_multi

    params["policy"] = policy

    params["policy_multi"] = policy_multi

    params["policy_null"] = policy_null

    params["dpc_version"] = dpc_version

    params["active_connection"] = active_connection

    params["device_type"] = device_type

    params["seamless_info"] = seamless_info

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/enterprise/{path_segment(enterprise_id)}/report/device-tiles/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetDeviceTileReportsResponse200)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetDeviceTileReportsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    state: int | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    provisioned_on_gt: datetime.datetime | Unset = UNSET,
    provisioned_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    last_seen_gt: datetime.datetime | Unset = UNSET,
    last_seen_lt: datetime.datetime | Unset = UNSET,
    battery_level_gte: float | Unset = UNSET,
    battery_level_lte: float | Unset = UNSET,
    at_risk: bool | Unset = UNSET,
    security_status: SecurityStatesEnum | Unset = UNSET,
    status: str | Unset = UNSET,
    group: UUID | Unset = UNSET,
    group_name: str | Unset = UNSET,
    group_name_multi: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
    group_multi_immediate: str | Unset = UNSET,
    group_null: str | Unset = UNSET,
    imei: str | Unset = UNSET,
    name: str | Unset = UNSET,
    recently_added: bool | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    tags: str | Unset = UNSET,
    is_geofence_applied: str | Unset = UNSET,
    serial: str | Unset = UNSET,
    android_version: str | Unset = UNSET,
    android_version_multi: str | Unset = UNSET,
    wifi_ssid: str | Unset = UNSET,
    network_type: str | Unset = UNSET,
    network_type_multi: str | Unset = UNSET,
    model: str | Unset = UNSET,
    template: str | Unset = UNSET,
    template_multi: str | Unset = UNSET,
    policy: str | Unset = UNSET,
    policy_multi: str | Unset = UNSET,
    policy_null: bool | Unset = UNSET,
    dpc_version: str | Unset = UNSET,
    active_connection: str | Unset = UNSET,
    device_type: str | Unset = UNSET,
    seamless_info: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetDeviceTileReportsResponse200]:
    """List device tiles, one summary per device (battery, network, security, location), with many filters.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        state (int | Unset): Only devices in this state, given as its number.
        created_on_gt (datetime.datetime | Unset): Only devices whose record was created after
            this time.
        created_on_lt (datetime.datetime | Unset): Only devices whose record was created before
            this time.
        provisioned_on_gt (datetime.datetime | Unset): Only devices provisioned after this time.
        provisioned_on_lt (datetime.datetime | Unset): Only devices provisioned before this time.
        updated_on_gt (datetime.datetime | Unset): Only devices whose record last changed after
            this time.
        updated_on_lt (datetime.datetime | Unset): Only devices whose record last changed before
            this time.
        last_seen_gt (datetime.datetime | Unset): Only devices last seen after this time.
        last_seen_lt (datetime.datetime | Unset): Only devices last seen before this time.
        battery_level_gte (float | Unset): Only devices whose battery level is at least this.
        battery_level_lte (float | Unset): Only devices whose battery level is at most this.
        at_risk (bool | Unset): True for only the devices flagged as at risk, false for only the
            others.
        security_status (SecurityStatesEnum | Unset): 1: Secure.
            10: Low risk.
            20: Medium risk.
            30: High risk.
            100: Security state not known.
        status (str | Unset): Only devices with this status.
        group (UUID | Unset): Only devices in this group (its id).
        group_name (str | Unset): Only devices in the group with this name.
        group_name_multi (str | Unset): Only devices in any of these groups, given by name.
        group_multi (UUID | Unset): Only devices in any of these groups, given by id.
        group_multi_immediate (str | Unset): Only devices directly in these groups, not in their
            subgroups.
        group_null (str | Unset): 'true' for only the devices in no group, 'false' for only those
            in one.
        imei (str | Unset): Only the device with this IMEI.
        name (str | Unset): Only devices with this name.
        recently_added (bool | Unset): True for only the recently added devices.
        is_gms (bool | Unset): True for only the devices with Google Mobile Services, false for
            only those without.
        tags (str | Unset): Only devices with this tag.
        is_geofence_applied (str | Unset): Only devices that have (or, with false, do not have) a
            geofence applied.
        serial (str | Unset): Only the device with this serial number.
        android_version (str | Unset): Only devices on this Android version.
        android_version_multi (str | Unset): Only devices on any of these Android versions.
        wifi_ssid (str | Unset): Only devices on the Wi-Fi network with this SSID.
        network_type (str | Unset): Only devices on this kind of network.
        network_type_multi (str | Unset): Only devices on any of these kinds of network.
        model (str | Unset): Only devices of this model.
        template (str | Unset): Only devices with this template.
        template_multi (str | Unset): Only devices with any of these templates.
        policy (str | Unset): Only devices under the policy with this name.
        policy_multi (str | Unset): Only devices under any of these policies.
        policy_null (bool | Unset): True for only the devices under no policy.
        dpc_version (str | Unset): Only devices running this version of the Esper agent (DPC).
        active_connection (str | Unset): Only devices with this active connection.
        device_type (str | Unset): Only devices of this type.
        seamless_info (str | Unset): Only devices with this seamless provisioning information.
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetDeviceTileReportsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        state=state,
        created_on_gt=created_on_gt,
        created_on_lt=created_on_lt,
        provisioned_on_gt=provisioned_on_gt,
        provisioned_on_lt=provisioned_on_lt,
        updated_on_gt=updated_on_gt,
        updated_on_lt=updated_on_lt,
        last_seen_gt=last_seen_gt,
        last_seen_lt=last_seen_lt,
        battery_level_gte=battery_level_gte,
        battery_level_lte=battery_level_lte,
        at_risk=at_risk,
        security_status=security_status,
        status=status,
        group=group,
        group_name=group_name,
        group_name_multi=group_name_multi,
        group_multi=group_multi,
        group_multi_immediate=group_multi_immediate,
        group_null=group_null,
        imei=imei,
        name=name,
        recently_added=recently_added,
        is_gms=is_gms,
        tags=tags,
        is_geofence_applied=is_geofence_applied,
        serial=serial,
        android_version=android_version,
        android_version_multi=android_version_multi,
        wifi_ssid=wifi_ssid,
        network_type=network_type,
        network_type_multi=network_type_multi,
        model=model,
        template=template,
        template_multi=template_multi,
        policy=policy,
        policy_multi=policy_multi,
        policy_null=policy_null,
        dpc_version=dpc_version,
        active_connection=active_connection,
        device_type=device_type,
        seamless_info=seamless_info,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(DeviceTiles)


def page_item(data: Any) -> DeviceTiles:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    state: int | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    provisioned_on_gt: datetime.datetime | Unset = UNSET,
    provisioned_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    last_seen_gt: datetime.datetime | Unset = UNSET,
    last_seen_lt: datetime.datetime | Unset = UNSET,
    battery_level_gte: float | Unset = UNSET,
    battery_level_lte: float | Unset = UNSET,
    at_risk: bool | Unset = UNSET,
    security_status: SecurityStatesEnum | Unset = UNSET,
    status: str | Unset = UNSET,
    group: UUID | Unset = UNSET,
    group_name: str | Unset = UNSET,
    group_name_multi: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
    group_multi_immediate: str | Unset = UNSET,
    group_null: str | Unset = UNSET,
    imei: str | Unset = UNSET,
    name: str | Unset = UNSET,
    recently_added: bool | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    tags: str | Unset = UNSET,
    is_geofence_applied: str | Unset = UNSET,
    serial: str | Unset = UNSET,
    android_version: str | Unset = UNSET,
    android_version_multi: str | Unset = UNSET,
    wifi_ssid: str | Unset = UNSET,
    network_type: str | Unset = UNSET,
    network_type_multi: str | Unset = UNSET,
    model: str | Unset = UNSET,
    template: str | Unset = UNSET,
    template_multi: str | Unset = UNSET,
    policy: str | Unset = UNSET,
    policy_multi: str | Unset = UNSET,
    policy_null: bool | Unset = UNSET,
    dpc_version: str | Unset = UNSET,
    active_connection: str | Unset = UNSET,
    device_type: str | Unset = UNSET,
    seamless_info: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetDeviceTileReportsResponse200:
    """List device tiles, one summary per device (battery, network, security, location), with many filters.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        state (int | Unset): Only devices in this state, given as its number.
        created_on_gt (datetime.datetime | Unset): Only devices whose record was created after
            this time.
        created_on_lt (datetime.datetime | Unset): Only devices whose record was created before
            this time.
        provisioned_on_gt (datetime.datetime | Unset): Only devices provisioned after this time.
        provisioned_on_lt (datetime.datetime | Unset): Only devices provisioned before this time.
        updated_on_gt (datetime.datetime | Unset): Only devices whose record last changed after
            this time.
        updated_on_lt (datetime.datetime | Unset): Only devices whose record last changed before
            this time.
        last_seen_gt (datetime.datetime | Unset): Only devices last seen after this time.
        last_seen_lt (datetime.datetime | Unset): Only devices last seen before this time.
        battery_level_gte (float | Unset): Only devices whose battery level is at least this.
        battery_level_lte (float | Unset): Only devices whose battery level is at most this.
        at_risk (bool | Unset): True for only the devices flagged as at risk, false for only the
            others.
        security_status (SecurityStatesEnum | Unset): 1: Secure.
            10: Low risk.
            20: Medium risk.
            30: High risk.
            100: Security state not known.
        status (str | Unset): Only devices with this status.
        group (UUID | Unset): Only devices in this group (its id).
        group_name (str | Unset): Only devices in the group with this name.
        group_name_multi (str | Unset): Only devices in any of these groups, given by name.
        group_multi (UUID | Unset): Only devices in any of these groups, given by id.
        group_multi_immediate (str | Unset): Only devices directly in these groups, not in their
            subgroups.
        group_null (str | Unset): 'true' for only the devices in no group, 'false' for only those
            in one.
        imei (str | Unset): Only the device with this IMEI.
        name (str | Unset): Only devices with this name.
        recently_added (bool | Unset): True for only the recently added devices.
        is_gms (bool | Unset): True for only the devices with Google Mobile Services, false for
            only those without.
        tags (str | Unset): Only devices with this tag.
        is_geofence_applied (str | Unset): Only devices that have (or, with false, do not have) a
            geofence applied.
        serial (str | Unset): Only the device with this serial number.
        android_version (str | Unset): Only devices on this Android version.
        android_version_multi (str | Unset): Only devices on any of these Android versions.
        wifi_ssid (str | Unset): Only devices on the Wi-Fi network with this SSID.
        network_type (str | Unset): Only devices on this kind of network.
        network_type_multi (str | Unset): Only devices on any of these kinds of network.
        model (str | Unset): Only devices of this model.
        template (str | Unset): Only devices with this template.
        template_multi (str | Unset): Only devices with any of these templates.
        policy (str | Unset): Only devices under the policy with this name.
        policy_multi (str | Unset): Only devices under any of these policies.
        policy_null (bool | Unset): True for only the devices under no policy.
        dpc_version (str | Unset): Only devices running this version of the Esper agent (DPC).
        active_connection (str | Unset): Only devices with this active connection.
        device_type (str | Unset): Only devices of this type.
        seamless_info (str | Unset): Only devices with this seamless provisioning information.
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetDeviceTileReportsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            client=client,
            state=state,
            created_on_gt=created_on_gt,
            created_on_lt=created_on_lt,
            provisioned_on_gt=provisioned_on_gt,
            provisioned_on_lt=provisioned_on_lt,
            updated_on_gt=updated_on_gt,
            updated_on_lt=updated_on_lt,
            last_seen_gt=last_seen_gt,
            last_seen_lt=last_seen_lt,
            battery_level_gte=battery_level_gte,
            battery_level_lte=battery_level_lte,
            at_risk=at_risk,
            security_status=security_status,
            status=status,
            group=group,
            group_name=group_name,
            group_name_multi=group_name_multi,
            group_multi=group_multi,
            group_multi_immediate=group_multi_immediate,
            group_null=group_null,
            imei=imei,
            name=name,
            recently_added=recently_added,
            is_gms=is_gms,
            tags=tags,
            is_geofence_applied=is_geofence_applied,
            serial=serial,
            android_version=android_version,
            android_version_multi=android_version_multi,
            wifi_ssid=wifi_ssid,
            network_type=network_type,
            network_type_multi=network_type_multi,
            model=model,
            template=template,
            template_multi=template_multi,
            policy=policy,
            policy_multi=policy_multi,
            policy_null=policy_null,
            dpc_version=dpc_version,
            active_connection=active_connection,
            device_type=device_type,
            seamless_info=seamless_info,
            limit=limit,
            offset=offset,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    state: int | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    provisioned_on_gt: datetime.datetime | Unset = UNSET,
    provisioned_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    last_seen_gt: datetime.datetime | Unset = UNSET,
    last_seen_lt: datetime.datetime | Unset = UNSET,
    battery_level_gte: float | Unset = UNSET,
    battery_level_lte: float | Unset = UNSET,
    at_risk: bool | Unset = UNSET,
    security_status: SecurityStatesEnum | Unset = UNSET,
    status: str | Unset = UNSET,
    group: UUID | Unset = UNSET,
    group_name: str | Unset = UNSET,
    group_name_multi: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
    group_multi_immediate: str | Unset = UNSET,
    group_null: str | Unset = UNSET,
    imei: str | Unset = UNSET,
    name: str | Unset = UNSET,
    recently_added: bool | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    tags: str | Unset = UNSET,
    is_geofence_applied: str | Unset = UNSET,
    serial: str | Unset = UNSET,
    android_version: str | Unset = UNSET,
    android_version_multi: str | Unset = UNSET,
    wifi_ssid: str | Unset = UNSET,
    network_type: str | Unset = UNSET,
    network_type_multi: str | Unset = UNSET,
    model: str | Unset = UNSET,
    template: str | Unset = UNSET,
    template_multi: str | Unset = UNSET,
    policy: str | Unset = UNSET,
    policy_multi: str | Unset = UNSET,
    policy_null: bool | Unset = UNSET,
    dpc_version: str | Unset = UNSET,
    active_connection: str | Unset = UNSET,
    device_type: str | Unset = UNSET,
    seamless_info: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetDeviceTileReportsResponse200]:
    """List device tiles, one summary per device (battery, network, security, location), with many filters.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        state (int | Unset): Only devices in this state, given as its number.
        created_on_gt (datetime.datetime | Unset): Only devices whose record was created after
            this time.
        created_on_lt (datetime.datetime | Unset): Only devices whose record was created before
            this time.
        provisioned_on_gt (datetime.datetime | Unset): Only devices provisioned after this time.
        provisioned_on_lt (datetime.datetime | Unset): Only devices provisioned before this time.
        updated_on_gt (datetime.datetime | Unset): Only devices whose record last changed after
            this time.
        updated_on_lt (datetime.datetime | Unset): Only devices whose record last changed before
            this time.
        last_seen_gt (datetime.datetime | Unset): Only devices last seen after this time.
        last_seen_lt (datetime.datetime | Unset): Only devices last seen before this time.
        battery_level_gte (float | Unset): Only devices whose battery level is at least this.
        battery_level_lte (float | Unset): Only devices whose battery level is at most this.
        at_risk (bool | Unset): True for only the devices flagged as at risk, false for only the
            others.
        security_status (SecurityStatesEnum | Unset): 1: Secure.
            10: Low risk.
            20: Medium risk.
            30: High risk.
            100: Security state not known.
        status (str | Unset): Only devices with this status.
        group (UUID | Unset): Only devices in this group (its id).
        group_name (str | Unset): Only devices in the group with this name.
        group_name_multi (str | Unset): Only devices in any of these groups, given by name.
        group_multi (UUID | Unset): Only devices in any of these groups, given by id.
        group_multi_immediate (str | Unset): Only devices directly in these groups, not in their
            subgroups.
        group_null (str | Unset): 'true' for only the devices in no group, 'false' for only those
            in one.
        imei (str | Unset): Only the device with this IMEI.
        name (str | Unset): Only devices with this name.
        recently_added (bool | Unset): True for only the recently added devices.
        is_gms (bool | Unset): True for only the devices with Google Mobile Services, false for
            only those without.
        tags (str | Unset): Only devices with this tag.
        is_geofence_applied (str | Unset): Only devices that have (or, with false, do not have) a
            geofence applied.
        serial (str | Unset): Only the device with this serial number.
        android_version (str | Unset): Only devices on this Android version.
        android_version_multi (str | Unset): Only devices on any of these Android versions.
        wifi_ssid (str | Unset): Only devices on the Wi-Fi network with this SSID.
        network_type (str | Unset): Only devices on this kind of network.
        network_type_multi (str | Unset): Only devices on any of these kinds of network.
        model (str | Unset): Only devices of this model.
        template (str | Unset): Only devices with this template.
        template_multi (str | Unset): Only devices with any of these templates.
        policy (str | Unset): Only devices under the policy with this name.
        policy_multi (str | Unset): Only devices under any of these policies.
        policy_null (bool | Unset): True for only the devices under no policy.
        dpc_version (str | Unset): Only devices running this version of the Esper agent (DPC).
        active_connection (str | Unset): Only devices with this active connection.
        device_type (str | Unset): Only devices of this type.
        seamless_info (str | Unset): Only devices with this seamless provisioning information.
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetDeviceTileReportsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        state=state,
        created_on_gt=created_on_gt,
        created_on_lt=created_on_lt,
        provisioned_on_gt=provisioned_on_gt,
        provisioned_on_lt=provisioned_on_lt,
        updated_on_gt=updated_on_gt,
        updated_on_lt=updated_on_lt,
        last_seen_gt=last_seen_gt,
        last_seen_lt=last_seen_lt,
        battery_level_gte=battery_level_gte,
        battery_level_lte=battery_level_lte,
        at_risk=at_risk,
        security_status=security_status,
        status=status,
        group=group,
        group_name=group_name,
        group_name_multi=group_name_multi,
        group_multi=group_multi,
        group_multi_immediate=group_multi_immediate,
        group_null=group_null,
        imei=imei,
        name=name,
        recently_added=recently_added,
        is_gms=is_gms,
        tags=tags,
        is_geofence_applied=is_geofence_applied,
        serial=serial,
        android_version=android_version,
        android_version_multi=android_version_multi,
        wifi_ssid=wifi_ssid,
        network_type=network_type,
        network_type_multi=network_type_multi,
        model=model,
        template=template,
        template_multi=template_multi,
        policy=policy,
        policy_multi=policy_multi,
        policy_null=policy_null,
        dpc_version=dpc_version,
        active_connection=active_connection,
        device_type=device_type,
        seamless_info=seamless_info,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    state: int | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    provisioned_on_gt: datetime.datetime | Unset = UNSET,
    provisioned_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    last_seen_gt: datetime.datetime | Unset = UNSET,
    last_seen_lt: datetime.datetime | Unset = UNSET,
    battery_level_gte: float | Unset = UNSET,
    battery_level_lte: float | Unset = UNSET,
    at_risk: bool | Unset = UNSET,
    security_status: SecurityStatesEnum | Unset = UNSET,
    status: str | Unset = UNSET,
    group: UUID | Unset = UNSET,
    group_name: str | Unset = UNSET,
    group_name_multi: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
    group_multi_immediate: str | Unset = UNSET,
    group_null: str | Unset = UNSET,
    imei: str | Unset = UNSET,
    name: str | Unset = UNSET,
    recently_added: bool | Unset = UNSET,
    is_gms: bool | Unset = UNSET,
    tags: str | Unset = UNSET,
    is_geofence_applied: str | Unset = UNSET,
    serial: str | Unset = UNSET,
    android_version: str | Unset = UNSET,
    android_version_multi: str | Unset = UNSET,
    wifi_ssid: str | Unset = UNSET,
    network_type: str | Unset = UNSET,
    network_type_multi: str | Unset = UNSET,
    model: str | Unset = UNSET,
    template: str | Unset = UNSET,
    template_multi: str | Unset = UNSET,
    policy: str | Unset = UNSET,
    policy_multi: str | Unset = UNSET,
    policy_null: bool | Unset = UNSET,
    dpc_version: str | Unset = UNSET,
    active_connection: str | Unset = UNSET,
    device_type: str | Unset = UNSET,
    seamless_info: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetDeviceTileReportsResponse200:
    """List device tiles, one summary per device (battery, network, security, location), with many filters.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        state (int | Unset): Only devices in this state, given as its number.
        created_on_gt (datetime.datetime | Unset): Only devices whose record was created after
            this time.
        created_on_lt (datetime.datetime | Unset): Only devices whose record was created before
            this time.
        provisioned_on_gt (datetime.datetime | Unset): Only devices provisioned after this time.
        provisioned_on_lt (datetime.datetime | Unset): Only devices provisioned before this time.
        updated_on_gt (datetime.datetime | Unset): Only devices whose record last changed after
            this time.
        updated_on_lt (datetime.datetime | Unset): Only devices whose record last changed before
            this time.
        last_seen_gt (datetime.datetime | Unset): Only devices last seen after this time.
        last_seen_lt (datetime.datetime | Unset): Only devices last seen before this time.
        battery_level_gte (float | Unset): Only devices whose battery level is at least this.
        battery_level_lte (float | Unset): Only devices whose battery level is at most this.
        at_risk (bool | Unset): True for only the devices flagged as at risk, false for only the
            others.
        security_status (SecurityStatesEnum | Unset): 1: Secure.
            10: Low risk.
            20: Medium risk.
            30: High risk.
            100: Security state not known.
        status (str | Unset): Only devices with this status.
        group (UUID | Unset): Only devices in this group (its id).
        group_name (str | Unset): Only devices in the group with this name.
        group_name_multi (str | Unset): Only devices in any of these groups, given by name.
        group_multi (UUID | Unset): Only devices in any of these groups, given by id.
        group_multi_immediate (str | Unset): Only devices directly in these groups, not in their
            subgroups.
        group_null (str | Unset): 'true' for only the devices in no group, 'false' for only those
            in one.
        imei (str | Unset): Only the device with this IMEI.
        name (str | Unset): Only devices with this name.
        recently_added (bool | Unset): True for only the recently added devices.
        is_gms (bool | Unset): True for only the devices with Google Mobile Services, false for
            only those without.
        tags (str | Unset): Only devices with this tag.
        is_geofence_applied (str | Unset): Only devices that have (or, with false, do not have) a
            geofence applied.
        serial (str | Unset): Only the device with this serial number.
        android_version (str | Unset): Only devices on this Android version.
        android_version_multi (str | Unset): Only devices on any of these Android versions.
        wifi_ssid (str | Unset): Only devices on the Wi-Fi network with this SSID.
        network_type (str | Unset): Only devices on this kind of network.
        network_type_multi (str | Unset): Only devices on any of these kinds of network.
        model (str | Unset): Only devices of this model.
        template (str | Unset): Only devices with this template.
        template_multi (str | Unset): Only devices with any of these templates.
        policy (str | Unset): Only devices under the policy with this name.
        policy_multi (str | Unset): Only devices under any of these policies.
        policy_null (bool | Unset): True for only the devices under no policy.
        dpc_version (str | Unset): Only devices running this version of the Esper agent (DPC).
        active_connection (str | Unset): Only devices with this active connection.
        device_type (str | Unset): Only devices of this type.
        seamless_info (str | Unset): Only devices with this seamless provisioning information.
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetDeviceTileReportsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            state=state,
            created_on_gt=created_on_gt,
            created_on_lt=created_on_lt,
            provisioned_on_gt=provisioned_on_gt,
            provisioned_on_lt=provisioned_on_lt,
            updated_on_gt=updated_on_gt,
            updated_on_lt=updated_on_lt,
            last_seen_gt=last_seen_gt,
            last_seen_lt=last_seen_lt,
            battery_level_gte=battery_level_gte,
            battery_level_lte=battery_level_lte,
            at_risk=at_risk,
            security_status=security_status,
            status=status,
            group=group,
            group_name=group_name,
            group_name_multi=group_name_multi,
            group_multi=group_multi,
            group_multi_immediate=group_multi_immediate,
            group_null=group_null,
            imei=imei,
            name=name,
            recently_added=recently_added,
            is_gms=is_gms,
            tags=tags,
            is_geofence_applied=is_geofence_applied,
            serial=serial,
            android_version=android_version,
            android_version_multi=android_version_multi,
            wifi_ssid=wifi_ssid,
            network_type=network_type,
            network_type_multi=network_type_multi,
            model=model,
            template=template,
            template_multi=template_multi,
            policy=policy,
            policy_multi=policy_multi,
            policy_null=policy_null,
            dpc_version=dpc_version,
            active_connection=active_connection,
            device_type=device_type,
            seamless_info=seamless_info,
            limit=limit,
            offset=offset,
        )
    )
