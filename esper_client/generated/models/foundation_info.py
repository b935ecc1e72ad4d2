from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FoundationInfo")


@_attrs_define
class FoundationInfo:
    """
    Attributes:
        build_flavor (str | Unset):
        build_number (str | Unset):
        foundation_device_model_id (str | Unset):
        major_version (str | Unset):
        minor_version (str | Unset):
        project_name (str | Unset):
        variant (str | Unset):
    """

    build_flavor: str | Unset = UNSET
    build_number: str | Unset = UNSET
    foundation_device_model_id: str | Unset = UNSET
    major_version: str | Unset = UNSET
    minor_version: str | Unset = UNSET
    project_name: str | Unset = UNSET
    variant: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_flavor = self.build_flavor

        build_number = self.build_number

        foundation_device_model_id = self.foundation_device_model_id

        major_version = self.major_version

        minor_version = self.minor_version

        project_name = self.project_name

        variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build_flavor is not UNSET:
            field_dict["build_flavor"] = build_flavor
        if build_number is not UNSET:
            field_dict["build_number"] = build_number
        if foundation_device_model_id is not UNSET:
            field_dict["foundation_device_model_id"] = foundation_device_model_id
        if major_version is not UNSET:
            field_dict["major_version"] = major_version
        if minor_version is not UNSET:
            field_dict["minor_version"] = minor_version
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build_flavor = d.pop("build_flavor", UNSET)

        build_number = d.pop("build_number", UNSET)

        foundation_device_model_id = d.pop("foundation_device_model_id", UNSET)

        major_version = d.pop("major_version", UNSET)

        minor_version = d.pop("minor_version", UNSET)

        project_name = d.pop("project_name", UNSET)

        variant = d.pop("variant", UNSET)

        foundation_info = cls(
            build_flavor=build_flavor,
            build_number=build_number,
            foundation_device_model_id=foundation_device_model_id,
            major_version=major_version,
            minor_version=minor_version,
            project_name=project_name,
            variant=variant,
        )

        foundation_info.additional_properties = d
        return foundation_info

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
