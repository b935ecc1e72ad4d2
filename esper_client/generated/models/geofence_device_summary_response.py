from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GeofenceDeviceSummaryResponse")


@_attrs_define
class GeofenceDeviceSummaryResponse:
    """
    Attributes:
        inside_count (int):
        outside_count (int):
        total_devices (int):
        unknown_count (int):
    """

    inside_count: int
    outside_count: int
    total_devices: int
    unknown_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inside_count = self.inside_count

        outside_count = self.outside_count

        total_devices = self.total_devices

        unknown_count = self.unknown_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inside_count": inside_count,
                "outside_count": outside_count,
                "total_devices": total_devices,
                "unknown_count": unknown_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inside_count = d.pop("inside_count")

        outside_count = d.pop("outside_count")

        total_devices = d.pop("total_devices")

        unknown_count = d.pop("unknown_count")

        geofence_device_summary_response = cls(
            inside_count=inside_count,
            outside_count=outside_count,
            total_devices=total_devices,
            unknown_count=unknown_count,
        )

        geofence_device_summary_response.additional_properties = d
        return geofence_device_summary_response

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
