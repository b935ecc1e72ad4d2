from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy

T = TypeVar("T", bound="GoogleServicesSettingsGoogleAssitantSettings")


@_attrs_define
class GoogleServicesSettingsGoogleAssitantSettings:
    """
    Attributes:
        allow_google_assistant (bool):
        apply_policy (ApplyPolicy):
    """

    allow_google_assistant: bool
    apply_policy: ApplyPolicy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_google_assistant = self.allow_google_assistant

        apply_policy: str = self.apply_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_google_assistant": allow_google_assistant,
                "apply_policy": apply_policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_google_assistant = d.pop("allow_google_assistant")

        apply_policy = check_apply_policy(d.pop("apply_policy"))

        google_services_settings_google_assitant_settings = cls(
            allow_google_assistant=allow_google_assistant,
            apply_policy=apply_policy,
        )

        google_services_settings_google_assitant_settings.additional_properties = d
        return google_services_settings_google_assitant_settings

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
