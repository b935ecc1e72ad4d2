from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.windows_wallpaper_settings_lockscreen_landscape import WindowsWallpaperSettingsLockscreenLandscape


T = TypeVar("T", bound="WindowsWallpaperSettingsLockscreen")


@_attrs_define
class WindowsWallpaperSettingsLockscreen:
    """
    Attributes:
        apply_policy (ApplyPolicy | Unset):
        landscape (WindowsWallpaperSettingsLockscreenLandscape | Unset):
    """

    apply_policy: ApplyPolicy | Unset = UNSET
    landscape: WindowsWallpaperSettingsLockscreenLandscape | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        landscape: dict[str, Any] | Unset = UNSET
        if not isinstance(self.landscape, Unset):
            landscape = self.landscape.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy
        if landscape is not UNSET:
            field_dict["landscape"] = landscape

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (WindowsWallpaperSettingsLockscreenLandscape,) = _nested_models()

        d = dict(src_dict)
        _apply_policy = d.pop("apply_policy", UNSET)
        apply_policy: ApplyPolicy | Unset
        if isinstance(_apply_policy, Unset):
            apply_policy = UNSET
        else:
            apply_policy = check_apply_policy(_apply_policy)

        _landscape = d.pop("landscape", UNSET)
        landscape: WindowsWallpaperSettingsLockscreenLandscape | Unset
        if isinstance(_landscape, Unset):
            landscape = UNSET
        else:
            landscape = WindowsWallpaperSettingsLockscreenLandscape.from_dict(_landscape)

        windows_wallpaper_settings_lockscreen = cls(
            apply_policy=apply_policy,
            landscape=landscape,
        )

        windows_wallpaper_settings_lockscreen.additional_properties = d
        return windows_wallpaper_settings_lockscreen

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
def _nested_models() -> tuple[type[WindowsWallpaperSettingsLockscreenLandscape],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.windows_wallpaper_settings_lockscreen_landscape import WindowsWallpaperSettingsLockscreenLandscape  # noqa: PLC0415

    return (WindowsWallpaperSettingsLockscreenLandscape,)
