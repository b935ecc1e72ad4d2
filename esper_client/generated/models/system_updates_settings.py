from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..models.system_updates_settings_system_update_policy_type import (
    SystemUpdatesSettingsSystemUpdatePolicyType,
    check_system_updates_settings_system_update_policy_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemUpdatesSettings")


@_attrs_define
class SystemUpdatesSettings:
    """
    Attributes:
        apply_policy (ApplyPolicy | Unset):
        maintenance_end (str | Unset):
        maintenance_start (str | Unset):
        system_update_policy_type (SystemUpdatesSettingsSystemUpdatePolicyType | Unset):
    """

    apply_policy: ApplyPolicy | Unset = UNSET
    maintenance_end: str | Unset = UNSET
    maintenance_start: str | Unset = UNSET
    system_update_policy_type: SystemUpdatesSettingsSystemUpdatePolicyType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        maintenance_end = self.maintenance_end

        maintenance_start = self.maintenance_start

        system_update_policy_type: str | Unset = UNSET
        if not isinstance(self.system_update_policy_type, Unset):
            system_update_policy_type = self.system_update_policy_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy
        if maintenance_end is not UNSET:
            field_dict["maintenance_end"] = maintenance_end
        if maintenance_start is not UNSET:
            field_dict["maintenance_start"] = maintenance_start
        if system_update_policy_type is not UNSET:
            field_dict["system_update_policy_type"] = system_update_policy_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _apply_policy = d.pop("apply_policy", UNSET)
        apply_policy: ApplyPolicy | Unset
        if isinstance(_apply_policy, Unset):
            apply_policy = UNSET
        else:
            apply_policy = check_apply_policy(_apply_policy)

        maintenance_end = d.pop("maintenance_end", UNSET)

        maintenance_start = d.pop("maintenance_start", UNSET)

        _system_update_policy_type = d.pop("system_update_policy_type", UNSET)
        system_update_policy_type: SystemUpdatesSettingsSystemUpdatePolicyType | Unset
        if isinstance(_system_update_policy_type, Unset):
            system_update_policy_type = UNSET
        else:
            system_update_policy_type = check_system_updates_settings_system_update_policy_type(
                _system_update_policy_type
            )

        system_updates_settings = cls(
            apply_policy=apply_policy,
            maintenance_end=maintenance_end,
            maintenance_start=maintenance_start,
            system_update_policy_type=system_update_policy_type,
        )

        system_updates_settings.additional_properties = d
        return system_updates_settings

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
