from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WindowsDeviceV2MemoryStats")


@_attrs_define
class WindowsDeviceV2MemoryStats:
    """
    Attributes:
        available_internal_storage (int | Unset):
        available_ram (int | Unset):
        total_internal_storage (int | Unset):
        total_memory (int | Unset):
        units (str | Unset):
    """

    available_internal_storage: int | Unset = UNSET
    available_ram: int | Unset = UNSET
    total_internal_storage: int | Unset = UNSET
    total_memory: int | Unset = UNSET
    units: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_internal_storage = self.available_internal_storage

        available_ram = self.available_ram

        total_internal_storage = self.total_internal_storage

        total_memory = self.total_memory

        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_internal_storage is not UNSET:
            field_dict["available_internal_storage"] = available_internal_storage
        if available_ram is not UNSET:
            field_dict["available_ram"] = available_ram
        if total_internal_storage is not UNSET:
            field_dict["total_internal_storage"] = total_internal_storage
        if total_memory is not UNSET:
            field_dict["total_memory"] = total_memory
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_internal_storage = d.pop("available_internal_storage", UNSET)

        available_ram = d.pop("available_ram", UNSET)

        total_internal_storage = d.pop("total_internal_storage", UNSET)

        total_memory = d.pop("total_memory", UNSET)

        units = d.pop("units", UNSET)

        windows_device_v2_memory_stats = cls(
            available_internal_storage=available_internal_storage,
            available_ram=available_ram,
            total_internal_storage=total_internal_storage,
            total_memory=total_memory,
            units=units,
        )

        windows_device_v2_memory_stats.additional_properties = d
        return windows_device_v2_memory_stats

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
