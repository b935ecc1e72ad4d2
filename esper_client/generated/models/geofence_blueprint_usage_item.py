from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GeofenceBlueprintUsageItem")


@_attrs_define
class GeofenceBlueprintUsageItem:
    """
    Attributes:
        blueprint_id (UUID):
        blueprint_version_number (int):
        device_count (int):
    """

    blueprint_id: UUID
    blueprint_version_number: int
    device_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blueprint_id = str(self.blueprint_id)

        blueprint_version_number = self.blueprint_version_number

        device_count = self.device_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blueprint_id": blueprint_id,
                "blueprint_version_number": blueprint_version_number,
                "device_count": device_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        blueprint_id = UUID(d.pop("blueprint_id"))

        blueprint_version_number = d.pop("blueprint_version_number")

        device_count = d.pop("device_count")

        geofence_blueprint_usage_item = cls(
            blueprint_id=blueprint_id,
            blueprint_version_number=blueprint_version_number,
            device_count=device_count,
        )

        geofence_blueprint_usage_item.additional_properties = d
        return geofence_blueprint_usage_item

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
