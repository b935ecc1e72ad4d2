from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..models.lock_screen_settings_password_quality import (
    LockScreenSettingsPasswordQuality,
    check_lock_screen_settings_password_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LockScreenSettings")


@_attrs_define
class LockScreenSettings:
    """
    Attributes:
        allow_keyguard (bool):
        apply_policy (ApplyPolicy):
        password_quality (LockScreenSettingsPasswordQuality):
        minimum_password_length (int | None | Unset):
    """

    allow_keyguard: bool
    apply_policy: ApplyPolicy
    password_quality: LockScreenSettingsPasswordQuality
    minimum_password_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_keyguard = self.allow_keyguard

        apply_policy: str = self.apply_policy

        password_quality: str = self.password_quality

        minimum_password_length: int | None | Unset
        if isinstance(self.minimum_password_length, Unset):
            minimum_password_length = UNSET
        else:
            minimum_password_length = self.minimum_password_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_keyguard": allow_keyguard,
                "apply_policy": apply_policy,
                "password_quality": password_quality,
            }
        )
        if minimum_password_length is not UNSET:
            field_dict["minimum_password_length"] = minimum_password_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_keyguard = d.pop("allow_keyguard")

        apply_policy = check_apply_policy(d.pop("apply_policy"))

        password_quality = check_lock_screen_settings_password_quality(d.pop("password_quality"))

        def _parse_minimum_password_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        minimum_password_length = _parse_minimum_password_length(d.pop("minimum_password_length", UNSET))

        lock_screen_settings = cls(
            allow_keyguard=allow_keyguard,
            apply_policy=apply_policy,
            password_quality=password_quality,
            minimum_password_length=minimum_password_length,
        )

        lock_screen_settings.additional_properties = d
        return lock_screen_settings

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
