from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geofence_device_actions_item import GeofenceDeviceActionsItem, check_geofence_device_actions_item
from ..models.geofence_radius_unit import GeofenceRadiusUnit, check_geofence_radius_unit

T = TypeVar("T", bound="Geofence")


@_attrs_define
class Geofence:
    """
    Attributes:
        created_by (str):
        created_on (datetime.datetime):
        description (None | str):
        device_actions (list[GeofenceDeviceActionsItem]):
        device_count (int):
        enterprise (UUID):
        id (UUID):
        latitude (str):
        longitude (str):
        name (str):
        radius (float | None):
        radius_unit (GeofenceRadiusUnit):
        updated_on (datetime.datetime):
    """

    created_by: str
    created_on: datetime.datetime
    description: None | str
    device_actions: list[GeofenceDeviceActionsItem]
    device_count: int
    enterprise: UUID
    id: UUID
    latitude: str
    longitude: str
    name: str
    radius: float | None
    radius_unit: GeofenceRadiusUnit
    updated_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_by = self.created_by

        created_on = self.created_on.isoformat()

        description: None | str
        description = self.description

        device_actions = []
        for device_actions_item_data in self.device_actions:
            device_actions_item: str = device_actions_item_data
            device_actions.append(device_actions_item)

        device_count = self.device_count

        enterprise = str(self.enterprise)

        id = str(self.id)

        latitude = self.latitude

        longitude = self.longitude

        name = self.name

        radius: float | None
        radius = self.radius

        radius_unit: str = self.radius_unit

        updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_by": created_by,
                "created_on": created_on,
                "description": description,
                "device_actions": device_actions,
                "device_count": device_count,
                "enterprise": enterprise,
                "id": id,
                "latitude": latitude,
                "longitude": longitude,
                "name": name,
                "radius": radius,
                "radius_unit": radius_unit,
                "updated_on": updated_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_by = d.pop("created_by")

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        device_actions = []
        _device_actions = d.pop("device_actions")
        for device_actions_item_data in _device_actions:
            device_actions_item = check_geofence_device_actions_item(device_actions_item_data)

            device_actions.append(device_actions_item)

        device_count = d.pop("device_count")

        enterprise = UUID(d.pop("enterprise"))

        id = UUID(d.pop("id"))

        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        name = d.pop("name")

        def _parse_radius(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        radius = _parse_radius(d.pop("radius"))

        radius_unit = check_geofence_radius_unit(d.pop("radius_unit"))

        updated_on = datetime.datetime.fromisoformat(d.pop("updated_on"))

        geofence = cls(
            created_by=created_by,
            created_on=created_on,
            description=description,
            device_actions=device_actions,
            device_count=device_count,
            enterprise=enterprise,
            id=id,
            latitude=latitude,
            longitude=longitude,
            name=name,
            radius=radius,
            radius_unit=radius_unit,
            updated_on=updated_on,
        )

        geofence.additional_properties = d
        return geofence

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
