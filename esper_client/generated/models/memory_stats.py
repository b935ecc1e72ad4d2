from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemoryStats")


@_attrs_define
class MemoryStats:
    """
    Attributes:
        available_internal_storage (int | Unset):
        available_ram (int | Unset):
        os_occupied_storage (int | Unset):
    """

    available_internal_storage: int | Unset = UNSET
    available_ram: int | Unset = UNSET
    os_occupied_storage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_internal_storage = self.available_internal_storage

        available_ram = self.available_ram

        os_occupied_storage = self.os_occupied_storage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_internal_storage is not UNSET:
            field_dict["available_internal_storage"] = available_internal_storage
        if available_ram is not UNSET:
            field_dict["available_ram"] = available_ram
        if os_occupied_storage is not UNSET:
            field_dict["os_occupied_storage"] = os_occupied_storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_internal_storage = d.pop("available_internal_storage", UNSET)

        available_ram = d.pop("available_ram", UNSET)

        os_occupied_storage = d.pop("os_occupied_storage", UNSET)

        memory_stats = cls(
            available_internal_storage=available_internal_storage,
            available_ram=available_ram,
            os_occupied_storage=os_occupied_storage,
        )

        memory_stats.additional_properties = d
        return memory_stats

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
