from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlueprintsInfo")


@_attrs_define
class BlueprintsInfo:
    """
    Attributes:
        blueprint_id (UUID | Unset):
        blueprint_version_id (UUID | Unset):
    """

    blueprint_id: UUID | Unset = UNSET
    blueprint_version_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blueprint_id: str | Unset = UNSET
        if not isinstance(self.blueprint_id, Unset):
            blueprint_id = str(self.blueprint_id)

        blueprint_version_id: str | Unset = UNSET
        if not isinstance(self.blueprint_version_id, Unset):
            blueprint_version_id = str(self.blueprint_version_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blueprint_id is not UNSET:
            field_dict["blueprint_id"] = blueprint_id
        if blueprint_version_id is not UNSET:
            field_dict["blueprint_version_id"] = blueprint_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _blueprint_id = d.pop("blueprint_id", UNSET)
        blueprint_id: UUID | Unset
        if isinstance(_blueprint_id, Unset):
            blueprint_id = UNSET
        else:
            blueprint_id = UUID(_blueprint_id)

        _blueprint_version_id = d.pop("blueprint_version_id", UNSET)
        blueprint_version_id: UUID | Unset
        if isinstance(_blueprint_version_id, Unset):
            blueprint_version_id = UNSET
        else:
            blueprint_version_id = UUID(_blueprint_version_id)

        blueprints_info = cls(
            blueprint_id=blueprint_id,
            blueprint_version_id=blueprint_version_id,
        )

        blueprints_info.additional_properties = d
        return blueprints_info

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
