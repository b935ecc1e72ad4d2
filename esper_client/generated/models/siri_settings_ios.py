from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy

T = TypeVar("T", bound="SiriSettingsIos")


@_attrs_define
class SiriSettingsIos:
    """
    Attributes:
        allow_siri (bool):  Default: True.
        apply_policy (ApplyPolicy):
    """

    apply_policy: ApplyPolicy
    allow_siri: bool = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_siri = self.allow_siri

        apply_policy: str = self.apply_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_siri": allow_siri,
                "apply_policy": apply_policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_siri = d.pop("allow_siri")

        apply_policy = check_apply_policy(d.pop("apply_policy"))

        siri_settings_ios = cls(
            allow_siri=allow_siri,
            apply_policy=apply_policy,
        )

        siri_settings_ios.additional_properties = d
        return siri_settings_ios

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
