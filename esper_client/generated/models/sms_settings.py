from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy

T = TypeVar("T", bound="SmsSettings")


@_attrs_define
class SmsSettings:
    """
    Attributes:
        allow_sms (bool):
        apply_policy (ApplyPolicy):
    """

    allow_sms: bool
    apply_policy: ApplyPolicy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_sms = self.allow_sms

        apply_policy: str = self.apply_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_sms": allow_sms,
                "apply_policy": apply_policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_sms = d.pop("allow_sms")

        apply_policy = check_apply_policy(d.pop("apply_policy"))

        sms_settings = cls(
            allow_sms=allow_sms,
            apply_policy=apply_policy,
        )

        sms_settings.additional_properties = d
        return sms_settings

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
