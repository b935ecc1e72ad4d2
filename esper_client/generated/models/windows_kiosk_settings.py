from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.windows_kiosk_win_32_single_app_config import WindowsKioskWin32SingleAppConfig


T = TypeVar("T", bound="WindowsKioskSettings")


@_attrs_define
class WindowsKioskSettings:
    """
    Attributes:
        win32_single_app_config (WindowsKioskWin32SingleAppConfig | Unset):
    """

    win32_single_app_config: WindowsKioskWin32SingleAppConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        win32_single_app_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.win32_single_app_config, Unset):
            win32_single_app_config = self.win32_single_app_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if win32_single_app_config is not UNSET:
            field_dict["win32_single_app_config"] = win32_single_app_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (WindowsKioskWin32SingleAppConfig,) = _nested_models()

        d = dict(src_dict)
        _win32_single_app_config = d.pop("win32_single_app_config", UNSET)
        win32_single_app_config: WindowsKioskWin32SingleAppConfig | Unset
        if isinstance(_win32_single_app_config, Unset):
            win32_single_app_config = UNSET
        else:
            win32_single_app_config = WindowsKioskWin32SingleAppConfig.from_dict(_win32_single_app_config)

        windows_kiosk_settings = cls(
            win32_single_app_config=win32_single_app_config,
        )

        windows_kiosk_settings.additional_properties = d
        return windows_kiosk_settings

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
def _nested_models() -> tuple[type[WindowsKioskWin32SingleAppConfig],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.windows_kiosk_win_32_single_app_config import WindowsKioskWin32SingleAppConfig  # noqa: PLC0415

    return (WindowsKioskWin32SingleAppConfig,)
