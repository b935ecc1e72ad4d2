from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geofence_update_device_actions_item import (
    GeofenceUpdateDeviceActionsItem,
    check_geofence_update_device_actions_item,
)
from ..models.geofence_update_radius_unit import GeofenceUpdateRadiusUnit, check_geofence_update_radius_unit
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeofenceUpdate")


@_attrs_define
class GeofenceUpdate:
    """
    Attributes:
        description (None | str | Unset):
        device_actions (list[GeofenceUpdateDeviceActionsItem] | Unset):
        latitude (str | Unset):
        longitude (str | Unset):
        name (str | Unset):
        radius (float | Unset):
        radius_unit (GeofenceUpdateRadiusUnit | Unset):
    """

    description: None | str | Unset = UNSET
    device_actions: list[GeofenceUpdateDeviceActionsItem] | Unset = UNSET
    latitude: str | Unset = UNSET
    longitude: str | Unset = UNSET
    name: str | Unset = UNSET
    radius: float | Unset = UNSET
    radius_unit: GeofenceUpdateRadiusUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        latitude = self.latitude

        longitude = self.longitude

        name = self.name

        radius = self.radius

        radius_unit: str | Unset = UNSET
        if not isinstance(self.radius_unit, Unset):
            radius_unit = self.radius_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if device_actions is not UNSET:
            field_dict["device_actions"] = device_actions
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if name is not UNSET:
            field_dict["name"] = name
        if radius is not UNSET:
            field_dict["radius"] = radius
        if radius_unit is not UNSET:
            field_dict["radius_unit"] = radius_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _device_actions = d.pop("device_actions", UNSET)
        device_actions: list[GeofenceUpdateDeviceActionsItem] | Unset = UNSET
        if _device_actions is not UNSET:
            device_actions = []
            for device_actions_item_data in _device_actions:
                device_actions_item = check_geofence_update_device_actions_item(device_actions_item_data)

                device_actions.append(device_actions_item)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        name = d.pop("name", UNSET)

        radius = d.pop("radius", UNSET)

        _radius_unit = d.pop("radius_unit", UNSET)
        radius_unit: GeofenceUpdateRadiusUnit | Unset
        if isinstance(_radius_unit, Unset):
            radius_unit = UNSET
        else:
            radius_unit = check_geofence_update_radius_unit(_radius_unit)

        geofence_update = cls(
            description=description,
            device_actions=device_actions,
            latitude=latitude,
            longitude=longitude,
            name=name,
            radius=radius,
            radius_unit=radius_unit,
        )

        geofence_update.additional_properties = d
        return geofence_update

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
