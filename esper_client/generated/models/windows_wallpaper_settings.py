from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.windows_wallpaper_settings_homescreen import WindowsWallpaperSettingsHomescreen
    from ..models.windows_wallpaper_settings_lockscreen import WindowsWallpaperSettingsLockscreen


T = TypeVar("T", bound="WindowsWallpaperSettings")


@_attrs_define
class WindowsWallpaperSettings:
    """
    Attributes:
        homescreen (WindowsWallpaperSettingsHomescreen | Unset):
        lockscreen (WindowsWallpaperSettingsLockscreen | Unset):
    """

    homescreen: WindowsWallpaperSettingsHomescreen | Unset = UNSET
    lockscreen: WindowsWallpaperSettingsLockscreen | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        homescreen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.homescreen, Unset):
            homescreen = self.homescreen.to_dict()

        lockscreen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lockscreen, Unset):
            lockscreen = self.lockscreen.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if homescreen is not UNSET:
            field_dict["homescreen"] = homescreen
        if lockscreen is not UNSET:
            field_dict["lockscreen"] = lockscreen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            WindowsWallpaperSettingsHomescreen,
            WindowsWallpaperSettingsLockscreen,
        ) = _nested_models()

        d = dict(src_dict)
        _homescreen = d.pop("homescreen", UNSET)
        homescreen: WindowsWallpaperSettingsHomescreen | Unset
        if isinstance(_homescreen, Unset):
            homescreen = UNSET
        else:
            homescreen = WindowsWallpaperSettingsHomescreen.from_dict(_homescreen)

        _lockscreen = d.pop("lockscreen", UNSET)
        lockscreen: WindowsWallpaperSettingsLockscreen | Unset
        if isinstance(_lockscreen, Unset):
            lockscreen = UNSET
        else:
            lockscreen = WindowsWallpaperSettingsLockscreen.from_dict(_lockscreen)

        windows_wallpaper_settings = cls(
            homescreen=homescreen,
            lockscreen=lockscreen,
        )

        windows_wallpaper_settings.additional_properties = d
        return windows_wallpaper_settings

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
    type[WindowsWallpaperSettingsHomescreen],
    type[WindowsWallpaperSettingsLockscreen],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.windows_wallpaper_settings_homescreen import WindowsWallpaperSettingsHomescreen  # noqa: PLC0415
    from ..models.windows_wallpaper_settings_lockscreen import WindowsWallpaperSettingsLockscreen  # noqa: PLC0415

    return (
        WindowsWallpaperSettingsHomescreen,
        WindowsWallpaperSettingsLockscreen,
    )
