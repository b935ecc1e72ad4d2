from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomDeviceLevelProfileSettingsIos")


@_attrs_define
class CustomDeviceLevelProfileSettingsIos:
    """
    Attributes:
        apply_policy (ApplyPolicy | Unset):
        custom_profile (None | str | Unset):
    """

    apply_policy: ApplyPolicy | Unset = UNSET
    custom_profile: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        custom_profile: None | str | Unset
        if isinstance(self.custom_profile, Unset):
            custom_profile = UNSET
        else:
            custom_profile = self.custom_profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy
        if custom_profile is not UNSET:
            field_dict["custom_profile"] = custom_profile

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

        def _parse_custom_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_profile = _parse_custom_profile(d.pop("custom_profile", UNSET))

        custom_device_level_profile_settings_ios = cls(
            apply_policy=apply_policy,
            custom_profile=custom_profile,
        )

        custom_device_level_profile_settings_ios.additional_properties = d
        return custom_device_level_profile_settings_ios

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
