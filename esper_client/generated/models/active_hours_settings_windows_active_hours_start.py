from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy

T = TypeVar("T", bound="ActiveHoursSettingsWindowsActiveHoursStart")


@_attrs_define
class ActiveHoursSettingsWindowsActiveHoursStart:
    """
    Attributes:
        apply_policy (ApplyPolicy):
        time (int):  Default: 8.
    """

    apply_policy: ApplyPolicy
    time: int = 8
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_policy: str = self.apply_policy

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apply_policy": apply_policy,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apply_policy = check_apply_policy(d.pop("apply_policy"))

        time = d.pop("time")

        active_hours_settings_windows_active_hours_start = cls(
            apply_policy=apply_policy,
            time=time,
        )

        active_hours_settings_windows_active_hours_start.additional_properties = d
        return active_hours_settings_windows_active_hours_start

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
