from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.display_branding_section_wallpapers_item_orientations_item import (
    DisplayBrandingSectionWallpapersItemOrientationsItem,
    check_display_branding_section_wallpapers_item_orientations_item,
)
from ..models.display_branding_section_wallpapers_item_screen_types_item import (
    DisplayBrandingSectionWallpapersItemScreenTypesItem,
    check_display_branding_section_wallpapers_item_screen_types_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DisplayBrandingSectionWallpapersItem")


@_attrs_define
class DisplayBrandingSectionWallpapersItem:
    """
    Attributes:
        orientation (str | Unset):
        orientations (list[DisplayBrandingSectionWallpapersItemOrientationsItem] | Unset):
        screen_types (list[DisplayBrandingSectionWallpapersItemScreenTypesItem] | Unset):
        thumbnail_url (str | Unset):
        wallpaper (UUID | Unset):
        wallpaper_url (str | Unset):
    """

    orientation: str | Unset = UNSET
    orientations: list[DisplayBrandingSectionWallpapersItemOrientationsItem] | Unset = UNSET
    screen_types: list[DisplayBrandingSectionWallpapersItemScreenTypesItem] | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    wallpaper: UUID | Unset = UNSET
    wallpaper_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orientation = self.orientation

        orientations: list[str] | Unset = UNSET
        if not isinstance(self.orientations, Unset):
            orientations = []
            for orientations_item_data in self.orientations:
                orientations_item: str = orientations_item_data
                orientations.append(orientations_item)

        screen_types: list[str] | Unset = UNSET
        if not isinstance(self.screen_types, Unset):
            screen_types = []
            for screen_types_item_data in self.screen_types:
                screen_types_item: str = screen_types_item_data
                screen_types.append(screen_types_item)

        thumbnail_url = self.thumbnail_url

        wallpaper: str | Unset = UNSET
        if not isinstance(self.wallpaper, Unset):
            wallpaper = str(self.wallpaper)

        wallpaper_url = self.wallpaper_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if orientations is not UNSET:
            field_dict["orientations"] = orientations
        if screen_types is not UNSET:
            field_dict["screen_types"] = screen_types
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if wallpaper is not UNSET:
            field_dict["wallpaper"] = wallpaper
        if wallpaper_url is not UNSET:
            field_dict["wallpaper_url"] = wallpaper_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        orientation = d.pop("orientation", UNSET)

        _orientations = d.pop("orientations", UNSET)
        orientations: list[DisplayBrandingSectionWallpapersItemOrientationsItem] | Unset = UNSET
        if _orientations is not UNSET:
            orientations = []
            for orientations_item_data in _orientations:
                orientations_item = check_display_branding_section_wallpapers_item_orientations_item(
                    orientations_item_data
                )

                orientations.append(orientations_item)

        _screen_types = d.pop("screen_types", UNSET)
        screen_types: list[DisplayBrandingSectionWallpapersItemScreenTypesItem] | Unset = UNSET
        if _screen_types is not UNSET:
            screen_types = []
            for screen_types_item_data in _screen_types:
                screen_types_item = check_display_branding_section_wallpapers_item_screen_types_item(
                    screen_types_item_data
                )

                screen_types.append(screen_types_item)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        _wallpaper = d.pop("wallpaper", UNSET)
        wallpaper: UUID | Unset
        if isinstance(_wallpaper, Unset):
            wallpaper = UNSET
        else:
            wallpaper = UUID(_wallpaper)

        wallpaper_url = d.pop("wallpaper_url", UNSET)

        display_branding_section_wallpapers_item = cls(
            orientation=orientation,
            orientations=orientations,
            screen_types=screen_types,
            thumbnail_url=thumbnail_url,
            wallpaper=wallpaper,
            wallpaper_url=wallpaper_url,
        )

        display_branding_section_wallpapers_item.additional_properties = d
        return display_branding_section_wallpapers_item

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
