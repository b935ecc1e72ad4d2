from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kiosk_mode_settings_app_type import KioskModeSettingsAppType, check_kiosk_mode_settings_app_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="KioskModeSettings")


@_attrs_define
class KioskModeSettings:
    """
    Attributes:
        app_id (str | Unset):
        app_type (KioskModeSettingsAppType | Unset):
    """

    app_id: str | Unset = UNSET
    app_type: KioskModeSettingsAppType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_type: str | Unset = UNSET
        if not isinstance(self.app_type, Unset):
            app_type = self.app_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_type is not UNSET:
            field_dict["app_type"] = app_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)

        _app_type = d.pop("app_type", UNSET)
        app_type: KioskModeSettingsAppType | Unset
        if isinstance(_app_type, Unset):
            app_type = UNSET
        else:
            app_type = check_kiosk_mode_settings_app_type(_app_type)

        kiosk_mode_settings = cls(
            app_id=app_id,
            app_type=app_type,
        )

        kiosk_mode_settings.additional_properties = d
        return kiosk_mode_settings

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
