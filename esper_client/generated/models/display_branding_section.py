from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.display_branding_section_rotation_state import (
    DisplayBrandingSectionRotationState,
    check_display_branding_section_rotation_state,
)
from ..models.display_branding_section_section_type import (
    DisplayBrandingSectionSectionType,
    check_display_branding_section_section_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.display_branding_section_wallpapers_item import DisplayBrandingSectionWallpapersItem


T = TypeVar("T", bound="DisplayBrandingSection")


@_attrs_define
class DisplayBrandingSection:
    """
    Attributes:
        brightness_scale (int | Unset):
        locked (bool | Unset):
        rotation_state (DisplayBrandingSectionRotationState | Unset):
        screenshot_disabled (bool | Unset):
        section_type (DisplayBrandingSectionSectionType | Unset):
        status_bar_disabled (bool | Unset):
        wallpapers (list[DisplayBrandingSectionWallpapersItem] | Unset):
    """

    brightness_scale: int | Unset = UNSET
    locked: bool | Unset = UNSET
    rotation_state: DisplayBrandingSectionRotationState | Unset = UNSET
    screenshot_disabled: bool | Unset = UNSET
    section_type: DisplayBrandingSectionSectionType | Unset = UNSET
    status_bar_disabled: bool | Unset = UNSET
    wallpapers: list[DisplayBrandingSectionWallpapersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brightness_scale = self.brightness_scale

        locked = self.locked

        rotation_state: str | Unset = UNSET
        if not isinstance(self.rotation_state, Unset):
            rotation_state = self.rotation_state

        screenshot_disabled = self.screenshot_disabled

        section_type: str | Unset = UNSET
        if not isinstance(self.section_type, Unset):
            section_type = self.section_type

        status_bar_disabled = self.status_bar_disabled

        wallpapers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wallpapers, Unset):
            wallpapers = []
            for wallpapers_item_data in self.wallpapers:
                wallpapers_item = wallpapers_item_data.to_dict()
                wallpapers.append(wallpapers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brightness_scale is not UNSET:
            field_dict["brightness_scale"] = brightness_scale
        if locked is not UNSET:
            field_dict["locked"] = locked
        if rotation_state is not UNSET:
            field_dict["rotation_state"] = rotation_state
        if screenshot_disabled is not UNSET:
            field_dict["screenshot_disabled"] = screenshot_disabled
        if section_type is not UNSET:
            field_dict["section_type"] = section_type
        if status_bar_disabled is not UNSET:
            field_dict["status_bar_disabled"] = status_bar_disabled
        if wallpapers is not UNSET:
            field_dict["wallpapers"] = wallpapers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (DisplayBrandingSectionWallpapersItem,) = _nested_models()

        d = dict(src_dict)
        brightness_scale = d.pop("brightness_scale", UNSET)

        locked = d.pop("locked", UNSET)

        _rotation_state = d.pop("rotation_state", UNSET)
        rotation_state: DisplayBrandingSectionRotationState | Unset
        if isinstance(_rotation_state, Unset):
            rotation_state = UNSET
        else:
            rotation_state = check_display_branding_section_rotation_state(_rotation_state)

        screenshot_disabled = d.pop("screenshot_disabled", UNSET)

        _section_type = d.pop("section_type", UNSET)
        section_type: DisplayBrandingSectionSectionType | Unset
        if isinstance(_section_type, Unset):
            section_type = UNSET
        else:
            section_type = check_display_branding_section_section_type(_section_type)

        status_bar_disabled = d.pop("status_bar_disabled", UNSET)

        _wallpapers = d.pop("wallpapers", UNSET)
        wallpapers: list[DisplayBrandingSectionWallpapersItem] | Unset = UNSET
        if _wallpapers is not UNSET:
            wallpapers = []
            for wallpapers_item_data in _wallpapers:
                wallpapers_item = DisplayBrandingSectionWallpapersItem.from_dict(wallpapers_item_data)

                wallpapers.append(wallpapers_item)

        display_branding_section = cls(
            brightness_scale=brightness_scale,
            locked=locked,
            rotation_state=rotation_state,
            screenshot_disabled=screenshot_disabled,
            section_type=section_type,
            status_bar_disabled=status_bar_disabled,
            wallpapers=wallpapers,
        )

        display_branding_section.additional_properties = d
        return display_branding_section

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
def _nested_models() -> tuple[type[DisplayBrandingSectionWallpapersItem],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.display_branding_section_wallpapers_item import DisplayBrandingSectionWallpapersItem  # noqa: PLC0415

    return (DisplayBrandingSectionWallpapersItem,)
