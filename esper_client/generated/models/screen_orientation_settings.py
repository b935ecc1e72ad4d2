from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..models.screen_orientation_settings_orientation_type import (
    ScreenOrientationSettingsOrientationType,
    check_screen_orientation_settings_orientation_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScreenOrientationSettings")


@_attrs_define
class ScreenOrientationSettings:
    """
    Attributes:
        apply_policy (ApplyPolicy | Unset):
        orientation_type (ScreenOrientationSettingsOrientationType | Unset):
    """

    apply_policy: ApplyPolicy | Unset = UNSET
    orientation_type: ScreenOrientationSettingsOrientationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        orientation_type: str | Unset = UNSET
        if not isinstance(self.orientation_type, Unset):
            orientation_type = self.orientation_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy
        if orientation_type is not UNSET:
            field_dict["orientation_type"] = orientation_type

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

        _orientation_type = d.pop("orientation_type", UNSET)
        orientation_type: ScreenOrientationSettingsOrientationType | Unset
        if isinstance(_orientation_type, Unset):
            orientation_type = UNSET
        else:
            orientation_type = check_screen_orientation_settings_orientation_type(_orientation_type)

        screen_orientation_settings = cls(
            apply_policy=apply_policy,
            orientation_type=orientation_type,
        )

        screen_orientation_settings.additional_properties = d
        return screen_orientation_settings

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
