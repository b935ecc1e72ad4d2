from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ios_wallpaper_settings_homescreen import IosWallpaperSettingsHomescreen
    from ..models.ios_wallpaper_settings_lockscreen import IosWallpaperSettingsLockscreen


T = TypeVar("T", bound="IosWallpaperSettings")


@_attrs_define
class IosWallpaperSettings:
    """
    Attributes:
        homescreen (IosWallpaperSettingsHomescreen | Unset):
        lockscreen (IosWallpaperSettingsLockscreen | Unset):
    """

    homescreen: IosWallpaperSettingsHomescreen | Unset = UNSET
    lockscreen: IosWallpaperSettingsLockscreen | Unset = UNSET
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
            IosWallpaperSettingsHomescreen,
            IosWallpaperSettingsLockscreen,
        ) = _nested_models()

        d = dict(src_dict)
        _homescreen = d.pop("homescreen", UNSET)
        homescreen: IosWallpaperSettingsHomescreen | Unset
        if isinstance(_homescreen, Unset):
            homescreen = UNSET
        else:
            homescreen = IosWallpaperSettingsHomescreen.from_dict(_homescreen)

        _lockscreen = d.pop("lockscreen", UNSET)
        lockscreen: IosWallpaperSettingsLockscreen | Unset
        if isinstance(_lockscreen, Unset):
            lockscreen = UNSET
        else:
            lockscreen = IosWallpaperSettingsLockscreen.from_dict(_lockscreen)

        ios_wallpaper_settings = cls(
            homescreen=homescreen,
            lockscreen=lockscreen,
        )

        ios_wallpaper_settings.additional_properties = d
        return ios_wallpaper_settings

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
    type[IosWallpaperSettingsHomescreen],
    type[IosWallpaperSettingsLockscreen],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.ios_wallpaper_settings_homescreen import IosWallpaperSettingsHomescreen  # noqa: PLC0415
    from ..models.ios_wallpaper_settings_lockscreen import IosWallpaperSettingsLockscreen  # noqa: PLC0415

    return (
        IosWallpaperSettingsHomescreen,
        IosWallpaperSettingsLockscreen,
    )
