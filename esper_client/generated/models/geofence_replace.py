from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geofence_replace_device_actions_item import (
    GeofenceReplaceDeviceActionsItem,
    check_geofence_replace_device_actions_item,
)
from ..models.geofence_replace_radius_unit import GeofenceReplaceRadiusUnit, check_geofence_replace_radius_unit
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeofenceReplace")


@_attrs_define
class GeofenceReplace:
    """
    Attributes:
        latitude (str):
        longitude (str):
        name (str):
        description (None | str | Unset):
        device_actions (list[GeofenceReplaceDeviceActionsItem] | Unset):
        radius (float | Unset):
        radius_unit (GeofenceReplaceRadiusUnit | Unset):
    """

    latitude: str
    longitude: str
    name: str
    description: None | str | Unset = UNSET
    device_actions: list[GeofenceReplaceDeviceActionsItem] | Unset = UNSET
    radius: float | Unset = UNSET
    radius_unit: GeofenceReplaceRadiusUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
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
        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _device_actions = d.pop("device_actions", UNSET)
        device_actions: list[GeofenceReplaceDeviceActionsItem] | Unset = UNSET
        if _device_actions is not UNSET:
            device_actions = []
            for device_actions_item_data in _device_actions:
                device_actions_item = check_geofence_replace_device_actions_item(device_actions_item_data)

                device_actions.append(device_actions_item)

        radius = d.pop("radius", UNSET)

        _radius_unit = d.pop("radius_unit", UNSET)
        radius_unit: GeofenceReplaceRadiusUnit | Unset
        if isinstance(_radius_unit, Unset):
            radius_unit = UNSET
        else:
            radius_unit = check_geofence_replace_radius_unit(_radius_unit)

        geofence_replace = cls(
            latitude=latitude,
            longitude=longitude,
            name=name,
            description=description,
            device_actions=device_actions,
            radius=radius,
            radius_unit=radius_unit,
        )

        geofence_replace.additional_properties = d
        return geofence_replace

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
