from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleDevice")


@_attrs_define
class GoogleDevice:
    """
    Attributes:
        android_id (str | Unset):
        management_type (str | Unset):
    """

    android_id: str | Unset = UNSET
    management_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        android_id = self.android_id

        management_type = self.management_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if android_id is not UNSET:
            field_dict["androidId"] = android_id
        if management_type is not UNSET:
            field_dict["managementType"] = management_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        android_id = d.pop("androidId", UNSET)

        management_type = d.pop("managementType", UNSET)

        google_device = cls(
            android_id=android_id,
            management_type=management_type,
        )

        google_device.additional_properties = d
        return google_device

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
