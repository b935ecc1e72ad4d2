from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WindowsDeviceV2MemoryInfo")


@_attrs_define
class WindowsDeviceV2MemoryInfo:
    """
    Attributes:
        total_internal_storage (str | Unset):
        total_ram (str | Unset):
        units (str | Unset):
    """

    total_internal_storage: str | Unset = UNSET
    total_ram: str | Unset = UNSET
    units: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_internal_storage = self.total_internal_storage

        total_ram = self.total_ram

        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_internal_storage is not UNSET:
            field_dict["total_internal_storage"] = total_internal_storage
        if total_ram is not UNSET:
            field_dict["total_ram"] = total_ram
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_internal_storage = d.pop("total_internal_storage", UNSET)

        total_ram = d.pop("total_ram", UNSET)

        units = d.pop("units", UNSET)

        windows_device_v2_memory_info = cls(
            total_internal_storage=total_internal_storage,
            total_ram=total_ram,
            units=units,
        )

        windows_device_v2_memory_info.additional_properties = d
        return windows_device_v2_memory_info

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
