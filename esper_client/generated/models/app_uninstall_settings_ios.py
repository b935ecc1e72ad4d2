from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy

T = TypeVar("T", bound="AppUninstallSettingsIos")


@_attrs_define
class AppUninstallSettingsIos:
    """
    Attributes:
        allow_app_uninstallation (bool):  Default: True.
        apply_policy (ApplyPolicy):
    """

    apply_policy: ApplyPolicy
    allow_app_uninstallation: bool = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_app_uninstallation = self.allow_app_uninstallation

        apply_policy: str = self.apply_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_app_uninstallation": allow_app_uninstallation,
                "apply_policy": apply_policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_app_uninstallation = d.pop("allow_app_uninstallation")

        apply_policy = check_apply_policy(d.pop("apply_policy"))

        app_uninstall_settings_ios = cls(
            allow_app_uninstallation=allow_app_uninstallation,
            apply_policy=apply_policy,
        )

        app_uninstall_settings_ios.additional_properties = d
        return app_uninstall_settings_ios

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
