from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..models.auto_update_settings_windows_auto_update_type import (
    AutoUpdateSettingsWindowsAutoUpdateType,
    check_auto_update_settings_windows_auto_update_type,
)

T = TypeVar("T", bound="AutoUpdateSettingsWindows")


@_attrs_define
class AutoUpdateSettingsWindows:
    """
    Attributes:
        apply_policy (ApplyPolicy):
        auto_update_type (AutoUpdateSettingsWindowsAutoUpdateType):  Default: 'DEFAULT'.
    """

    apply_policy: ApplyPolicy
    auto_update_type: AutoUpdateSettingsWindowsAutoUpdateType = "DEFAULT"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_policy: str = self.apply_policy

        auto_update_type: str = self.auto_update_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apply_policy": apply_policy,
                "auto_update_type": auto_update_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apply_policy = check_apply_policy(d.pop("apply_policy"))

        auto_update_type = check_auto_update_settings_windows_auto_update_type(d.pop("auto_update_type"))

        auto_update_settings_windows = cls(
            apply_policy=apply_policy,
            auto_update_type=auto_update_type,
        )

        auto_update_settings_windows.additional_properties = d
        return auto_update_settings_windows

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
