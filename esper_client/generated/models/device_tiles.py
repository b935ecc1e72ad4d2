from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_tiles_device import DeviceTilesDevice
    from ..models.device_tiles_location_type_0 import DeviceTilesLocationType0
    from ..models.device_tiles_network_info import DeviceTilesNetworkInfo


T = TypeVar("T", bound="DeviceTiles")


@_attrs_define
class DeviceTiles:
    """
    Attributes:
        android_version (int | Unset):
        battery_level (float | Unset):
        created_on (datetime.datetime | Unset):
        device (DeviceTilesDevice | Unset):
        dpc_version (str | Unset):
        eea_version (str | Unset):
        enterprise (str | Unset):
        icon (None | str | Unset):
        id (int | Unset):
        is_active (bool | Unset):
        is_gms (bool | Unset):
        location (DeviceTilesLocationType0 | None | Unset):
        location_city (str | Unset):
        model (str | Unset):
        network_info (DeviceTilesNetworkInfo | Unset):
        network_type (str | Unset):
        security_advise (str | Unset):
        security_reason (str | Unset):
        security_state (str | Unset):
        serial_no (str | Unset):
        status_id (int | None | Unset):
        updated_on (datetime.datetime | Unset):
        wifi_ssid (None | str | Unset):
    """

    android_version: int | Unset = UNSET
    battery_level: float | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    device: DeviceTilesDevice | Unset = UNSET
    dpc_version: str | Unset = UNSET
    eea_version: str | Unset = UNSET
    enterprise: str | Unset = UNSET
    icon: None | str | Unset = UNSET
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_gms: bool | Unset = UNSET
    location: DeviceTilesLocationType0 | None | Unset = UNSET
    location_city: str | Unset = UNSET
    model: str | Unset = UNSET
    network_info: DeviceTilesNetworkInfo | Unset = UNSET
    network_type: str | Unset = UNSET
    security_advise: str | Unset = UNSET
    security_reason: str | Unset = UNSET
    security_state: str | Unset = UNSET
    serial_no: str | Unset = UNSET
    status_id: int | None | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    wifi_ssid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            DeviceTilesDevice,
            DeviceTilesLocationType0,
            DeviceTilesNetworkInfo,
        ) = _nested_models()

        android_version = self.android_version

        battery_level = self.battery_level

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        dpc_version = self.dpc_version

        eea_version = self.eea_version

        enterprise = self.enterprise

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        id = self.id

        is_active = self.is_active

        is_gms = self.is_gms

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, DeviceTilesLocationType0):
            location = self.location.to_dict()
        else:
            location = self.location

        location_city = self.location_city

        model = self.model

        network_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_info, Unset):
            network_info = self.network_info.to_dict()

        network_type = self.network_type

        security_advise = self.security_advise

        security_reason = self.security_reason

        security_state = self.security_state

        serial_no = self.serial_no

        status_id: int | None | Unset
        if isinstance(self.status_id, Unset):
            status_id = UNSET
        else:
            status_id = self.status_id

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        wifi_ssid: None | str | Unset
        if isinstance(self.wifi_ssid, Unset):
            wifi_ssid = UNSET
        else:
            wifi_ssid = self.wifi_ssid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if android_version is not UNSET:
            field_dict["android_version"] = android_version
        if battery_level is not UNSET:
            field_dict["battery_level"] = battery_level
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if device is not UNSET:
            field_dict["device"] = device
        if dpc_version is not UNSET:
            field_dict["dpc_version"] = dpc_version
        if eea_version is not UNSET:
            field_dict["eea_version"] = eea_version
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if icon is not UNSET:
            field_dict["icon"] = icon
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_gms is not UNSET:
            field_dict["is_gms"] = is_gms
        if location is not UNSET:
            field_dict["location"] = location
        if location_city is not UNSET:
            field_dict["location_city"] = location_city
        if model is not UNSET:
            field_dict["model"] = model
        if network_info is not UNSET:
            field_dict["network_info"] = network_info
        if network_type is not UNSET:
            field_dict["network_type"] = network_type
        if security_advise is not UNSET:
            field_dict["security_advise"] = security_advise
        if security_reason is not UNSET:
            field_dict["security_reason"] = security_reason
        if security_state is not UNSET:
            field_dict["security_state"] = security_state
        if serial_no is not UNSET:
            field_dict["serial_no"] = serial_no
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if wifi_ssid is not UNSET:
            field_dict["wifi_ssid"] = wifi_ssid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            DeviceTilesDevice,
            DeviceTilesLocationType0,
            DeviceTilesNetworkInfo,
        ) = _nested_models()

        d = dict(src_dict)
        android_version = d.pop("android_version", UNSET)

        battery_level = d.pop("battery_level", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _device = d.pop("device", UNSET)
        device: DeviceTilesDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = DeviceTilesDevice.from_dict(_device)

        dpc_version = d.pop("dpc_version", UNSET)

        eea_version = d.pop("eea_version", UNSET)

        enterprise = d.pop("enterprise", UNSET)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        is_gms = d.pop("is_gms", UNSET)

        def _parse_location(data: object) -> DeviceTilesLocationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = DeviceTilesLocationType0.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceTilesLocationType0 | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        location_city = d.pop("location_city", UNSET)

        model = d.pop("model", UNSET)

        _network_info = d.pop("network_info", UNSET)
        network_info: DeviceTilesNetworkInfo | Unset
        if isinstance(_network_info, Unset):
            network_info = UNSET
        else:
            network_info = DeviceTilesNetworkInfo.from_dict(_network_info)

        network_type = d.pop("network_type", UNSET)

        security_advise = d.pop("security_advise", UNSET)

        security_reason = d.pop("security_reason", UNSET)

        security_state = d.pop("security_state", UNSET)

        serial_no = d.pop("serial_no", UNSET)

        def _parse_status_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status_id = _parse_status_id(d.pop("status_id", UNSET))

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        def _parse_wifi_ssid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wifi_ssid = _parse_wifi_ssid(d.pop("wifi_ssid", UNSET))

        device_tiles = cls(
            android_version=android_version,
            battery_level=battery_level,
            created_on=created_on,
            device=device,
            dpc_version=dpc_version,
            eea_version=eea_version,
            enterprise=enterprise,
            icon=icon,
            id=id,
            is_active=is_active,
            is_gms=is_gms,
            location=location,
            location_city=location_city,
            model=model,
            network_info=network_info,
            network_type=network_type,
            security_advise=security_advise,
            security_reason=security_reason,
            security_state=security_state,
            serial_no=serial_no,
            status_id=status_id,
            updated_on=updated_on,
            wifi_ssid=wifi_ssid,
        )

        device_tiles.additional_properties = d
        return device_tiles

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@cache
def _nested_models() -> tuple[
    type[DeviceTilesDevice],
    type[DeviceTilesLocationType0],
    type[DeviceTilesNetworkInfo],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.device_tiles_device import DeviceTilesDevice  # noqa: PLC0415
    from ..models.device_tiles_location_type_0 import DeviceTilesLocationType0  # noqa: PLC0415
    from ..models.device_tiles_network_info import DeviceTilesNetworkInfo  # noqa: PLC0415

    return (
        DeviceTilesDevice,
        DeviceTilesLocationType0,
        DeviceTilesNetworkInfo,
    )
