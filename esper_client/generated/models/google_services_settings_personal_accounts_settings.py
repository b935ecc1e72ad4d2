from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy

T = TypeVar("T", bound="GoogleServicesSettingsPersonalAccountsSettings")


@_attrs_define
class GoogleServicesSettingsPersonalAccountsSettings:
    """
    Attributes:
        apply_policy (ApplyPolicy):
        personal_accounts_limit_value (int):
    """

    apply_policy: ApplyPolicy
    personal_accounts_limit_value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_policy: str = self.apply_policy

        personal_accounts_limit_value = self.personal_accounts_limit_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apply_policy": apply_policy,
                "personal_accounts_limit_value": personal_accounts_limit_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apply_policy = check_apply_policy(d.pop("apply_policy"))

        personal_accounts_limit_value = d.pop("personal_accounts_limit_value")

        google_services_settings_personal_accounts_settings = cls(
            apply_policy=apply_policy,
            personal_accounts_limit_value=personal_accounts_limit_value,
        )

        google_services_settings_personal_accounts_settings.additional_properties = d
        return google_services_settings_personal_accounts_settings

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
