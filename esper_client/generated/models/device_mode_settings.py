from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..models.device_mode_settings_device_mode import (
    DeviceModeSettingsDeviceMode,
    check_device_mode_settings_device_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceModeSettings")


@_attrs_define
class DeviceModeSettings:
    """
    Attributes:
        apply_policy (ApplyPolicy | Unset):
        device_mode (DeviceModeSettingsDeviceMode | Unset):
    """

    apply_policy: ApplyPolicy | Unset = UNSET
    device_mode: DeviceModeSettingsDeviceMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        device_mode: str | Unset = UNSET
        if not isinstance(self.device_mode, Unset):
            device_mode = self.device_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy
        if device_mode is not UNSET:
            field_dict["device_mode"] = device_mode

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

        _device_mode = d.pop("device_mode", UNSET)
        device_mode: DeviceModeSettingsDeviceMode | Unset
        if isinstance(_device_mode, Unset):
            device_mode = UNSET
        else:
            device_mode = check_device_mode_settings_device_mode(_device_mode)

        device_mode_settings = cls(
            apply_policy=apply_policy,
            device_mode=device_mode,
        )

        device_mode_settings.additional_properties = d
        return device_mode_settings

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
