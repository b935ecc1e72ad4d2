from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..types import UNSET, Unset

T = TypeVar("T", bound="SoundSettingsRingtoneSettings")


@_attrs_define
class SoundSettingsRingtoneSettings:
    """
    Attributes:
        apply_policy (ApplyPolicy | Unset):
        ringtone_volume (int | Unset):
    """

    apply_policy: ApplyPolicy | Unset = UNSET
    ringtone_volume: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        ringtone_volume = self.ringtone_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy
        if ringtone_volume is not UNSET:
            field_dict["ringtone_volume"] = ringtone_volume

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

        ringtone_volume = d.pop("ringtone_volume", UNSET)

        sound_settings_ringtone_settings = cls(
            apply_policy=apply_policy,
            ringtone_volume=ringtone_volume,
        )

        sound_settings_ringtone_settings.additional_properties = d
        return sound_settings_ringtone_settings

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
