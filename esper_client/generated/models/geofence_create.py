from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geofence_create_device_actions_item import (
    GeofenceCreateDeviceActionsItem,
    check_geofence_create_device_actions_item,
)
from ..models.geofence_create_radius_unit import GeofenceCreateRadiusUnit, check_geofence_create_radius_unit
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeofenceCreate")


@_attrs_define
class GeofenceCreate:
    """
    Attributes:
        devices (list[UUID]):
        latitude (str):
        longitude (str):
        name (str):
        description (str | Unset):
        device_actions (list[GeofenceCreateDeviceActionsItem] | Unset):
        radius (float | Unset):
        radius_unit (GeofenceCreateRadiusUnit | Unset):
    """

    devices: list[UUID]
    latitude: str
    longitude: str
    name: str
    description: str | Unset = UNSET
    device_actions: list[GeofenceCreateDeviceActionsItem] | Unset = UNSET
    radius: float | Unset = UNSET
    radius_unit: GeofenceCreateRadiusUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        devices = []
        for devices_item_data in self.devices:
            devices_item = str(devices_item_data)
            devices.append(devices_item)

        latitude = self.latitude

        longitude = self.longitude

        name = self.name

        description = self.description

        device_actions: list[str] | Unset = UNSET
        if not isinstance(self.device_actions, Unset):
            device_actions = []
            for device_actions_item_data in self.device_actions:
                device_actions_item: str = device_actions_item_data
                device_actions.append(device_actions_item)

        radius = self.radius

        radius_unit: str | Unset = UNSET
        if not isinstance(self.radius_unit, Unset):
            radius_unit = self.radius_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "devices": devices,
                "latitude": latitude,
                "longitude": longitude,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if device_actions is not UNSET:
            field_dict["device_actions"] = device_actions
        if radius is not UNSET:
            field_dict["radius"] = radius
        if radius_unit is not UNSET:
            field_dict["radius_unit"] = radius_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        devices = []
        _devices = d.pop("devices")
        for devices_item_data in _devices:
            devices_item = UUID(devices_item_data)

            devices.append(devices_item)

        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        _device_actions = d.pop("device_actions", UNSET)
        device_actions: list[GeofenceCreateDeviceActionsItem] | Unset = UNSET
        if _device_actions is not UNSET:
            device_actions = []
            for device_actions_item_data in _device_actions:
                device_actions_item = check_geofence_create_device_actions_item(device_actions_item_data)

                device_actions.append(device_actions_item)

        radius = d.pop("radius", UNSET)

        _radius_unit = d.pop("radius_unit", UNSET)
        radius_unit: GeofenceCreateRadiusUnit | Unset
        if isinstance(_radius_unit, Unset):
            radius_unit = UNSET
        else:
            radius_unit = check_geofence_create_radius_unit(_radius_unit)

        geofence_create = cls(
            devices=devices,
            latitude=latitude,
            longitude=longitude,
            name=name,
            description=description,
            device_actions=device_actions,
            radius=radius,
            radius_unit=radius_unit,
        )

        geofence_create.additional_properties = d
        return geofence_create

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
