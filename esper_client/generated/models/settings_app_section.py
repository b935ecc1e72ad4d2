from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.settings_app_section_section_type import (
    SettingsAppSectionSectionType,
)
from ..models.settings_app_section_settings_access_level import (
    SettingsAppSectionSettingsAccessLevel,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_app_section_config_json import SettingsAppSectionConfigJson
    from ..models.settings_app_section_esper_settings_app import SettingsAppSectionEsperSettingsApp


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """SettingsAppSection's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.settings_app_section_config_json import SettingsAppSectionConfigJson  # noqa: PLC0415
    from ..models.settings_app_section_esper_settings_app import SettingsAppSectionEsperSettingsApp  # noqa: PLC0415

    return (
        (
            _rt.Field("config_json", "config_json", _rt.model(SettingsAppSectionConfigJson)),
            _rt.Field("enable_android_settings_app", "enable_android_settings_app", _rt.BOOL),
            _rt.Field("esper_settings_app", "esper_settings_app", _rt.model(SettingsAppSectionEsperSettingsApp)),
            _rt.Field("locked", "locked", _rt.BOOL),
            _rt.Field(
                "section_type", "section_type", _rt.enum("SettingsAppSectionSectionType", ["Independent", "Inherited"])
            ),
            _rt.Field(
                "settings_access_level",
                "settings_access_level",
                _rt.enum("SettingsAppSectionSettingsAccessLevel", ["NONE", "SHOONYA", "SYSTEM"]),
            ),
        ),
        _rt.ANY,
    )


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

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
