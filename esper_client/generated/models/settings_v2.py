from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ios_settings import IosSettings
    from ..models.linux_settings import LinuxSettings
    from ..models.settings import Settings
    from ..models.windows_settings import WindowsSettings


T = TypeVar("T", bound="SettingsV2")


@_attrs_define
class SettingsV2:
    """
    Attributes:
        android (Settings | Unset):
        ios (IosSettings | Unset):
        linux (LinuxSettings | Unset):
        windows (WindowsSettings | Unset):
    """

    android: Settings | Unset = UNSET
    ios: IosSettings | Unset = UNSET
    linux: LinuxSettings | Unset = UNSET
    windows: WindowsSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        android: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android, Unset):
            android = self.android.to_dict()

        ios: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ios, Unset):
            ios = self.ios.to_dict()

        linux: dict[str, Any] | Unset = UNSET
        if not isinstance(self.linux, Unset):
            linux = self.linux.to_dict()

        windows: dict[str, Any] | Unset = UNSET
        if not isinstance(self.windows, Unset):
            windows = self.windows.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if android is not UNSET:
            field_dict["android"] = android
        if ios is not UNSET:
            field_dict["ios"] = ios
        if linux is not UNSET:
            field_dict["linux"] = linux
        if windows is not UNSET:
            field_dict["windows"] = windows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            IosSettings,
            LinuxSettings,
            Settings,
            WindowsSettings,
        ) = _nested_models()

        d = dict(src_dict)
        _android = d.pop("android", UNSET)
        android: Settings | Unset
        if isinstance(_android, Unset):
            android = UNSET
        else:
            android = Settings.from_dict(_android)

        _ios = d.pop("ios", UNSET)
        ios: IosSettings | Unset
        if isinstance(_ios, Unset):
            ios = UNSET
        else:
            ios = IosSettings.from_dict(_ios)

        _linux = d.pop("linux", UNSET)
        linux: LinuxSettings | Unset
        if isinstance(_linux, Unset):
            linux = UNSET
        else:
            linux = LinuxSettings.from_dict(_linux)

        _windows = d.pop("windows", UNSET)
        windows: WindowsSettings | Unset
        if isinstance(_windows, Unset):
            windows = UNSET
        else:
            windows = WindowsSettings.from_dict(_windows)

        settings_v2 = cls(
            android=android,
            ios=ios,
            linux=linux,
            windows=windows,
        )

        settings_v2.additional_properties = d
        return settings_v2

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
    type[IosSettings],
    type[LinuxSettings],
    type[Settings],
    type[WindowsSettings],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.ios_settings import IosSettings  # noqa: PLC0415
    from ..models.linux_settings import LinuxSettings  # noqa: PLC0415
    from ..models.settings import Settings  # noqa: PLC0415
    from ..models.windows_settings import WindowsSettings  # noqa: PLC0415

    return (
        IosSettings,
        LinuxSettings,
        Settings,
        WindowsSettings,
    )
