from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settings_app_section_section_type import (
    SettingsAppSectionSectionType,
    check_settings_app_section_section_type,
)
from ..models.settings_app_section_settings_access_level import (
    SettingsAppSectionSettingsAccessLevel,
    check_settings_app_section_settings_access_level,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_app_section_config_json import SettingsAppSectionConfigJson
    from ..models.settings_app_section_esper_settings_app import SettingsAppSectionEsperSettingsApp


T = TypeVar("T", bound="SettingsAppSection")


@_attrs_define
class SettingsAppSection:
    """
    Attributes:
        config_json (SettingsAppSectionConfigJson | Unset):
        enable_android_settings_app (bool | Unset):
        esper_settings_app (SettingsAppSectionEsperSettingsApp | Unset):
        locked (bool | Unset):
        section_type (SettingsAppSectionSectionType | Unset):
        settings_access_level (SettingsAppSectionSettingsAccessLevel | Unset):
    """

    config_json: SettingsAppSectionConfigJson | Unset = UNSET
    enable_android_settings_app: bool | Unset = UNSET
    esper_settings_app: SettingsAppSectionEsperSettingsApp | Unset = UNSET
    locked: bool | Unset = UNSET
    section_type: SettingsAppSectionSectionType | Unset = UNSET
    settings_access_level: SettingsAppSectionSettingsAccessLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_json, Unset):
            config_json = self.config_json.to_dict()

        enable_android_settings_app = self.enable_android_settings_app

        esper_settings_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.esper_settings_app, Unset):
            esper_settings_app = self.esper_settings_app.to_dict()

        locked = self.locked

        section_type: str | Unset = UNSET
        if not isinstance(self.section_type, Unset):
            section_type = self.section_type

        settings_access_level: str | Unset = UNSET
        if not isinstance(self.settings_access_level, Unset):
            settings_access_level = self.settings_access_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_json is not UNSET:
            field_dict["config_json"] = config_json
        if enable_android_settings_app is not UNSET:
            field_dict["enable_android_settings_app"] = enable_android_settings_app
        if esper_settings_app is not UNSET:
            field_dict["esper_settings_app"] = esper_settings_app
        if locked is not UNSET:
            field_dict["locked"] = locked
        if section_type is not UNSET:
            field_dict["section_type"] = section_type
        if settings_access_level is not UNSET:
            field_dict["settings_access_level"] = settings_access_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            SettingsAppSectionConfigJson,
            SettingsAppSectionEsperSettingsApp,
        ) = _nested_models()

        d = dict(src_dict)
        _config_json = d.pop("config_json", UNSET)
        config_json: SettingsAppSectionConfigJson | Unset
        if isinstance(_config_json, Unset):
            config_json = UNSET
        else:
            config_json = SettingsAppSectionConfigJson.from_dict(_config_json)

        enable_android_settings_app = d.pop("enable_android_settings_app", UNSET)

        _esper_settings_app = d.pop("esper_settings_app", UNSET)
        esper_settings_app: SettingsAppSectionEsperSettingsApp | Unset
        if isinstance(_esper_settings_app, Unset):
            esper_settings_app = UNSET
        else:
            esper_settings_app = SettingsAppSectionEsperSettingsApp.from_dict(_esper_settings_app)

        locked = d.pop("locked", UNSET)

        _section_type = d.pop("section_type", UNSET)
        section_type: SettingsAppSectionSectionType | Unset
        if isinstance(_section_type, Unset):
            section_type = UNSET
        else:
            section_type = check_settings_app_section_section_type(_section_type)

        _settings_access_level = d.pop("settings_access_level", UNSET)
        settings_access_level: SettingsAppSectionSettingsAccessLevel | Unset
        if isinstance(_settings_access_level, Unset):
            settings_access_level = UNSET
        else:
            settings_access_level = check_settings_app_section_settings_access_level(_settings_access_level)

        settings_app_section = cls(
            config_json=config_json,
            enable_android_settings_app=enable_android_settings_app,
            esper_settings_app=esper_settings_app,
            locked=locked,
            section_type=section_type,
            settings_access_level=settings_access_level,
        )

        settings_app_section.additional_properties = d
        return settings_app_section

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
def _nested_models() -> tuple[
    type[SettingsAppSectionConfigJson],
    type[SettingsAppSectionEsperSettingsApp],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.settings_app_section_config_json import SettingsAppSectionConfigJson  # noqa: PLC0415
    from ..models.settings_app_section_esper_settings_app import SettingsAppSectionEsperSettingsApp  # noqa: PLC0415

    return (
        SettingsAppSectionConfigJson,
        SettingsAppSectionEsperSettingsApp,
    )
