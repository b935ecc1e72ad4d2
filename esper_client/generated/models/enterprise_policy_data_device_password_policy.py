from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enterprise_policy_data_device_password_policy_password_quality import (
    EnterprisePolicyDataDevicePasswordPolicyPasswordQuality,
    check_enterprise_policy_data_device_password_policy_password_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterprisePolicyDataDevicePasswordPolicy")


@_attrs_define
class EnterprisePolicyDataDevicePasswordPolicy:
    """
    Attributes:
        password_quality (EnterprisePolicyDataDevicePasswordPolicyPasswordQuality | Unset):
    """

    password_quality: EnterprisePolicyDataDevicePasswordPolicyPasswordQuality | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password_quality: str | Unset = UNSET
        if not isinstance(self.password_quality, Unset):
            password_quality = self.password_quality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password_quality is not UNSET:
            field_dict["passwordQuality"] = password_quality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _password_quality = d.pop("passwordQuality", UNSET)
        password_quality: EnterprisePolicyDataDevicePasswordPolicyPasswordQuality | Unset
        if isinstance(_password_quality, Unset):
            password_quality = UNSET
        else:
            password_quality = check_enterprise_policy_data_device_password_policy_password_quality(_password_quality)

        enterprise_policy_data_device_password_policy = cls(
            password_quality=password_quality,
        )

        enterprise_policy_data_device_password_policy.additional_properties = d
        return enterprise_policy_data_device_password_policy

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
