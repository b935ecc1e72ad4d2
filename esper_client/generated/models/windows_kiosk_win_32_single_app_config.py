from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WindowsKioskWin32SingleAppConfig")


@_attrs_define
class WindowsKioskWin32SingleAppConfig:
    """
    Attributes:
        auto_launch (bool | Unset):  Default: True.
        auto_launch_arguments (str | Unset):  Default: ''.
        desktop_app_path (str | Unset):
        hide_power_button (bool | Unset):  Default: False.
        hide_start_recommended_section (bool | Unset):  Default: True.
        hide_taskbar (bool | Unset):  Default: True.
        name (str | Unset):
    """

    auto_launch: bool | Unset = True
    auto_launch_arguments: str | Unset = ""
    desktop_app_path: str | Unset = UNSET
    hide_power_button: bool | Unset = False
    hide_start_recommended_section: bool | Unset = True
    hide_taskbar: bool | Unset = True
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_launch = self.auto_launch

        auto_launch_arguments = self.auto_launch_arguments

        desktop_app_path = self.desktop_app_path

        hide_power_button = self.hide_power_button

        hide_start_recommended_section = self.hide_start_recommended_section

        hide_taskbar = self.hide_taskbar

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_launch is not UNSET:
            field_dict["auto_launch"] = auto_launch
        if auto_launch_arguments is not UNSET:
            field_dict["auto_launch_arguments"] = auto_launch_arguments
        if desktop_app_path is not UNSET:
            field_dict["desktop_app_path"] = desktop_app_path
        if hide_power_button is not UNSET:
            field_dict["hide_power_button"] = hide_power_button
        if hide_start_recommended_section is not UNSET:
            field_dict["hide_start_recommended_section"] = hide_start_recommended_section
        if hide_taskbar is not UNSET:
            field_dict["hide_taskbar"] = hide_taskbar
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_launch = d.pop("auto_launch", UNSET)

        auto_launch_arguments = d.pop("auto_launch_arguments", UNSET)

        desktop_app_path = d.pop("desktop_app_path", UNSET)

        hide_power_button = d.pop("hide_power_button", UNSET)

        hide_start_recommended_section = d.pop("hide_start_recommended_section", UNSET)

        hide_taskbar = d.pop("hide_taskbar", UNSET)

        name = d.pop("name", UNSET)

        windows_kiosk_win_32_single_app_config = cls(
            auto_launch=auto_launch,
            auto_launch_arguments=auto_launch_arguments,
            desktop_app_path=desktop_app_path,
            hide_power_button=hide_power_button,
            hide_start_recommended_section=hide_start_recommended_section,
            hide_taskbar=hide_taskbar,
            name=name,
        )

        windows_kiosk_win_32_single_app_config.additional_properties = d
        return windows_kiosk_win_32_single_app_config

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
