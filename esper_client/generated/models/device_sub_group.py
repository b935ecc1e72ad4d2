from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceSubGroup")


@_attrs_define
class DeviceSubGroup:
    """
    Attributes:
        subgroups (list[UUID] | Unset):
    """

    subgroups: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subgroups: list[str] | Unset = UNSET
        if not isinstance(self.subgroups, Unset):
            subgroups = []
            for subgroups_item_data in self.subgroups:
                subgroups_item = str(subgroups_item_data)
                subgroups.append(subgroups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subgroups is not UNSET:
            field_dict["subgroups"] = subgroups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _subgroups = d.pop("subgroups", UNSET)
        subgroups: list[UUID] | Unset = UNSET
        if _subgroups is not UNSET:
            subgroups = []
            for subgroups_item_data in _subgroups:
                subgroups_item = UUID(subgroups_item_data)

                subgroups.append(subgroups_item)

        device_sub_group = cls(
            subgroups=subgroups,
        )

        device_sub_group.additional_properties = d
        return device_sub_group

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
