from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WindowsWallpaperSettingsLockscreenLandscape")


@_attrs_define
class WindowsWallpaperSettingsLockscreenLandscape:
    """
    Attributes:
        wallpaper_id (None | Unset | UUID):
    """

    wallpaper_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallpaper_id: None | str | Unset
        if isinstance(self.wallpaper_id, Unset):
            wallpaper_id = UNSET
        elif isinstance(self.wallpaper_id, UUID):
            wallpaper_id = str(self.wallpaper_id)
        else:
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

        def _parse_wallpaper_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                wallpaper_id_type_0 = UUID(data)

                return wallpaper_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        wallpaper_id = _parse_wallpaper_id(d.pop("wallpaper_id", UNSET))

        windows_wallpaper_settings_lockscreen_landscape = cls(
            wallpaper_id=wallpaper_id,
        )

        windows_wallpaper_settings_lockscreen_landscape.additional_properties = d
        return windows_wallpaper_settings_lockscreen_landscape

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
