from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.esper_settings_apps_settings_settings import EsperSettingsAppsSettingsSettings


T = TypeVar("T", bound="EsperSettingsAppsSettings")


@_attrs_define
class EsperSettingsAppsSettings:
    """
    Attributes:
        settings (EsperSettingsAppsSettingsSettings):
        admin_mode_password (str | Unset):
        allow_dock (bool | Unset):
        allow_esper_settings_app (bool | Unset):
        apply_policy (ApplyPolicy | Unset):
    """

    settings: EsperSettingsAppsSettingsSettings
    admin_mode_password: str | Unset = UNSET
    allow_dock: bool | Unset = UNSET
    allow_esper_settings_app: bool | Unset = UNSET
    apply_policy: ApplyPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings = self.settings.to_dict()

        admin_mode_password = self.admin_mode_password

        allow_dock = self.allow_dock

        allow_esper_settings_app = self.allow_esper_settings_app

        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "settings": settings,
            }
        )
        if admin_mode_password is not UNSET:
            field_dict["admin_mode_password"] = admin_mode_password
        if allow_dock is not UNSET:
            field_dict["allow_dock"] = allow_dock
        if allow_esper_settings_app is not UNSET:
            field_dict["allow_esper_settings_app"] = allow_esper_settings_app
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (EsperSettingsAppsSettingsSettings,) = _nested_models()

        d = dict(src_dict)
        settings = EsperSettingsAppsSettingsSettings.from_dict(d.pop("settings"))

        admin_mode_password = d.pop("admin_mode_password", UNSET)

        allow_dock = d.pop("allow_dock", UNSET)

        allow_esper_settings_app = d.pop("allow_esper_settings_app", UNSET)

        _apply_policy = d.pop("apply_policy", UNSET)
        apply_policy: ApplyPolicy | Unset
        if isinstance(_apply_policy, Unset):
            apply_policy = UNSET
        else:
            apply_policy = check_apply_policy(_apply_policy)

        esper_settings_apps_settings = cls(
            settings=settings,
            admin_mode_password=admin_mode_password,
            allow_dock=allow_dock,
            allow_esper_settings_app=allow_esper_settings_app,
            apply_policy=apply_policy,
        )

        esper_settings_apps_settings.additional_properties = d
        return esper_settings_apps_settings

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
def _nested_models() -> tuple[type[EsperSettingsAppsSettingsSettings],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.esper_settings_apps_settings_settings import EsperSettingsAppsSettingsSettings  # noqa: PLC0415

    return (EsperSettingsAppsSettingsSettings,)
