from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_app_section_esper_settings_app_esper_settings_app_policy import (
        SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy,
    )


T = TypeVar("T", bound="SettingsAppSectionEsperSettingsApp")


@_attrs_define
class SettingsAppSectionEsperSettingsApp:
    """
    Attributes:
        admin_mode_password (str | Unset):
        esper_settings_app_policy (SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy | Unset):
        only_dock_accessible (bool | Unset):
    """

    admin_mode_password: str | Unset = UNSET
    esper_settings_app_policy: SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy | Unset = UNSET
    only_dock_accessible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_mode_password = self.admin_mode_password

        esper_settings_app_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.esper_settings_app_policy, Unset):
            esper_settings_app_policy = self.esper_settings_app_policy.to_dict()

        only_dock_accessible = self.only_dock_accessible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_mode_password is not UNSET:
            field_dict["admin_mode_password"] = admin_mode_password
        if esper_settings_app_policy is not UNSET:
            field_dict["esper_settings_app_policy"] = esper_settings_app_policy
        if only_dock_accessible is not UNSET:
            field_dict["only_dock_accessible"] = only_dock_accessible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy,) = _nested_models()

        d = dict(src_dict)
        admin_mode_password = d.pop("admin_mode_password", UNSET)

        _esper_settings_app_policy = d.pop("esper_settings_app_policy", UNSET)
        esper_settings_app_policy: SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy | Unset
        if isinstance(_esper_settings_app_policy, Unset):
            esper_settings_app_policy = UNSET
        else:
            esper_settings_app_policy = SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy.from_dict(
                _esper_settings_app_policy
            )

        only_dock_accessible = d.pop("only_dock_accessible", UNSET)

        settings_app_section_esper_settings_app = cls(
            admin_mode_password=admin_mode_password,
            esper_settings_app_policy=esper_settings_app_policy,
            only_dock_accessible=only_dock_accessible,
        )

        settings_app_section_esper_settings_app.additional_properties = d
        return settings_app_section_esper_settings_app

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


@cache
def _nested_models() -> tuple[type[SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.settings_app_section_esper_settings_app_esper_settings_app_policy import (
        SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy,  # noqa: PLC0415
    )

    return (SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy,)
