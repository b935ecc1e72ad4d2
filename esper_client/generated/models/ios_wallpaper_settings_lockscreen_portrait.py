from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IosWallpaperSettingsLockscreenPortrait")


@_attrs_define
class IosWallpaperSettingsLockscreenPortrait:
    """
    Attributes:
        wallpaper_id (str | Unset):
    """

    wallpaper_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallpaper_id = self.wallpaper_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wallpaper_id is not UNSET:
            field_dict["wallpaper_id"] = wallpaper_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallpaper_id = d.pop("wallpaper_id", UNSET)

        ios_wallpaper_settings_lockscreen_portrait = cls(
            wallpaper_id=wallpaper_id,
        )

        ios_wallpaper_settings_lockscreen_portrait.additional_properties = d
        return ios_wallpaper_settings_lockscreen_portrait

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
