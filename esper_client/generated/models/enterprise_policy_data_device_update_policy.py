from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enterprise_policy_data_device_update_policy_password_quality import (
    EnterprisePolicyDataDeviceUpdatePolicyPasswordQuality,
    check_enterprise_policy_data_device_update_policy_password_quality,
)
from ..models.enterprise_policy_data_device_update_policy_type import (
    EnterprisePolicyDataDeviceUpdatePolicyType,
    check_enterprise_policy_data_device_update_policy_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterprisePolicyDataDeviceUpdatePolicy")


@_attrs_define
class EnterprisePolicyDataDeviceUpdatePolicy:
    """
    Attributes:
        maintenance_end (int | Unset):
        maintenance_start (int | Unset):
        password_quality (EnterprisePolicyDataDeviceUpdatePolicyPasswordQuality | Unset):
        type_ (EnterprisePolicyDataDeviceUpdatePolicyType | Unset):
    """

    maintenance_end: int | Unset = UNSET
    maintenance_start: int | Unset = UNSET
    password_quality: EnterprisePolicyDataDeviceUpdatePolicyPasswordQuality | Unset = UNSET
    type_: EnterprisePolicyDataDeviceUpdatePolicyType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maintenance_end = self.maintenance_end

        maintenance_start = self.maintenance_start

        password_quality: str | Unset = UNSET
        if not isinstance(self.password_quality, Unset):
            password_quality = self.password_quality

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if maintenance_end is not UNSET:
            field_dict["maintenanceEnd"] = maintenance_end
        if maintenance_start is not UNSET:
            field_dict["maintenanceStart"] = maintenance_start
        if password_quality is not UNSET:
            field_dict["passwordQuality"] = password_quality
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        maintenance_end = d.pop("maintenanceEnd", UNSET)

        maintenance_start = d.pop("maintenanceStart", UNSET)

        _password_quality = d.pop("passwordQuality", UNSET)
        password_quality: EnterprisePolicyDataDeviceUpdatePolicyPasswordQuality | Unset
        if isinstance(_password_quality, Unset):
            password_quality = UNSET
        else:
            password_quality = check_enterprise_policy_data_device_update_policy_password_quality(_password_quality)

        _type_ = d.pop("type", UNSET)
        type_: EnterprisePolicyDataDeviceUpdatePolicyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_enterprise_policy_data_device_update_policy_type(_type_)

        enterprise_policy_data_device_update_policy = cls(
            maintenance_end=maintenance_end,
            maintenance_start=maintenance_start,
            password_quality=password_quality,
            type_=type_,
        )

        enterprise_policy_data_device_update_policy.additional_properties = d
        return enterprise_policy_data_device_update_policy

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
