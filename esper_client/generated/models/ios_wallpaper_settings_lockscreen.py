from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ios_wallpaper_settings_lockscreen_portrait import IosWallpaperSettingsLockscreenPortrait


T = TypeVar("T", bound="IosWallpaperSettingsLockscreen")


@_attrs_define
class IosWallpaperSettingsLockscreen:
    """
    Attributes:
        apply_policy (ApplyPolicy | Unset):
        portrait (IosWallpaperSettingsLockscreenPortrait | Unset):
    """

    apply_policy: ApplyPolicy | Unset = UNSET
    portrait: IosWallpaperSettingsLockscreenPortrait | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        portrait: dict[str, Any] | Unset = UNSET
        if not isinstance(self.portrait, Unset):
            portrait = self.portrait.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy
        if portrait is not UNSET:
            field_dict["portrait"] = portrait

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (IosWallpaperSettingsLockscreenPortrait,) = _nested_models()

        d = dict(src_dict)
        _apply_policy = d.pop("apply_policy", UNSET)
        apply_policy: ApplyPolicy | Unset
        if isinstance(_apply_policy, Unset):
            apply_policy = UNSET
        else:
            apply_policy = check_apply_policy(_apply_policy)

        _portrait = d.pop("portrait", UNSET)
        portrait: IosWallpaperSettingsLockscreenPortrait | Unset
        if isinstance(_portrait, Unset):
            portrait = UNSET
        else:
            portrait = IosWallpaperSettingsLockscreenPortrait.from_dict(_portrait)

        ios_wallpaper_settings_lockscreen = cls(
            apply_policy=apply_policy,
            portrait=portrait,
        )

        ios_wallpaper_settings_lockscreen.additional_properties = d
        return ios_wallpaper_settings_lockscreen

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
def _nested_models() -> tuple[type[IosWallpaperSettingsLockscreenPortrait],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.ios_wallpaper_settings_lockscreen_portrait import IosWallpaperSettingsLockscreenPortrait  # noqa: PLC0415

    return (IosWallpaperSettingsLockscreenPortrait,)
