from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy

T = TypeVar("T", bound="ScreenTimeoutSettings")


@_attrs_define
class ScreenTimeoutSettings:
    """
    Attributes:
        apply_policy (ApplyPolicy):
        screentimeout_value (int):
    """

    apply_policy: ApplyPolicy
    screentimeout_value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_policy: str = self.apply_policy

        screentimeout_value = self.screentimeout_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apply_policy": apply_policy,
                "screentimeout_value": screentimeout_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apply_policy = check_apply_policy(d.pop("apply_policy"))

        screentimeout_value = d.pop("screentimeout_value")

        screen_timeout_settings = cls(
            apply_policy=apply_policy,
            screentimeout_value=screentimeout_value,
        )

        screen_timeout_settings.additional_properties = d
        return screen_timeout_settings

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
