from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinuxDeviceV2LocationStats")


@_attrs_define
class LinuxDeviceV2LocationStats:
    """
    Attributes:
        accuracy (float | Unset):
        altitude (float | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
    """

    accuracy: float | Unset = UNSET
    altitude: float | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accuracy = self.accuracy

        altitude = self.altitude

        latitude = self.latitude

        longitude = self.longitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy
        if altitude is not UNSET:
            field_dict["altitude"] = altitude
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accuracy = d.pop("accuracy", UNSET)

        altitude = d.pop("altitude", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        linux_device_v2_location_stats = cls(
            accuracy=accuracy,
            altitude=altitude,
            latitude=latitude,
            longitude=longitude,
        )

        linux_device_v2_location_stats.additional_properties = d
        return linux_device_v2_location_stats

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
