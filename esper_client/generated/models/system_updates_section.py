from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_updates_section_section_type import (
    SystemUpdatesSectionSectionType,
    check_system_updates_section_section_type,
)
from ..models.system_updates_section_type import SystemUpdatesSectionType, check_system_updates_section_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemUpdatesSection")


@_attrs_define
class SystemUpdatesSection:
    """
    Attributes:
        locked (bool | Unset):
        maintenance_end (int | Unset):
        maintenance_start (int | Unset):
        section_type (SystemUpdatesSectionSectionType | Unset):
        type_ (SystemUpdatesSectionType | Unset):
    """

    locked: bool | Unset = UNSET
    maintenance_end: int | Unset = UNSET
    maintenance_start: int | Unset = UNSET
    section_type: SystemUpdatesSectionSectionType | Unset = UNSET
    type_: SystemUpdatesSectionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locked = self.locked

        maintenance_end = self.maintenance_end

        maintenance_start = self.maintenance_start

        section_type: str | Unset = UNSET
        if not isinstance(self.section_type, Unset):
            section_type = self.section_type

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locked is not UNSET:
            field_dict["locked"] = locked
        if maintenance_end is not UNSET:
            field_dict["maintenance_end"] = maintenance_end
        if maintenance_start is not UNSET:
            field_dict["maintenance_start"] = maintenance_start
        if section_type is not UNSET:
            field_dict["section_type"] = section_type
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        locked = d.pop("locked", UNSET)

        maintenance_end = d.pop("maintenance_end", UNSET)

        maintenance_start = d.pop("maintenance_start", UNSET)

        _section_type = d.pop("section_type", UNSET)
        section_type: SystemUpdatesSectionSectionType | Unset
        if isinstance(_section_type, Unset):
            section_type = UNSET
        else:
            section_type = check_system_updates_section_section_type(_section_type)

        _type_ = d.pop("type", UNSET)
        type_: SystemUpdatesSectionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_system_updates_section_type(_type_)

        system_updates_section = cls(
            locked=locked,
            maintenance_end=maintenance_end,
            maintenance_start=maintenance_start,
            section_type=section_type,
            type_=type_,
        )

        system_updates_section.additional_properties = d
        return system_updates_section

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
