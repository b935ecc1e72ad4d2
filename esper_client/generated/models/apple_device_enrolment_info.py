from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppleDeviceEnrolmentInfo")


@_attrs_define
class AppleDeviceEnrolmentInfo:
    """
    Attributes:
        enrolment_id (str | Unset):
        enrolment_user_id (str | Unset):
    """

    enrolment_id: str | Unset = UNSET
    enrolment_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enrolment_id = self.enrolment_id

        enrolment_user_id = self.enrolment_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enrolment_id is not UNSET:
            field_dict["enrolment_id"] = enrolment_id
        if enrolment_user_id is not UNSET:
            field_dict["enrolment_user_id"] = enrolment_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enrolment_id = d.pop("enrolment_id", UNSET)

        enrolment_user_id = d.pop("enrolment_user_id", UNSET)

        apple_device_enrolment_info = cls(
            enrolment_id=enrolment_id,
            enrolment_user_id=enrolment_user_id,
        )

        apple_device_enrolment_info.additional_properties = d
        return apple_device_enrolment_info

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
