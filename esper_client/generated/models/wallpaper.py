from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallpaper_orientation import WallpaperOrientation, check_wallpaper_orientation
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wallpaper")


@_attrs_define
class Wallpaper:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        enterprise (str | Unset):
        id (UUID | Unset):
        image_file (str | Unset):
        is_active (bool | Unset):
        orientation (WallpaperOrientation | Unset):
        thumbnail (None | str | Unset):
        updated_on (datetime.datetime | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    enterprise: str | Unset = UNSET
    id: UUID | Unset = UNSET
    image_file: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    orientation: WallpaperOrientation | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        enterprise = self.enterprise

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        image_file = self.image_file

        is_active = self.is_active

        orientation: str | Unset = UNSET
        if not isinstance(self.orientation, Unset):
            orientation = self.orientation

        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if id is not UNSET:
            field_dict["id"] = id
        if image_file is not UNSET:
            field_dict["image_file"] = image_file
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        enterprise = d.pop("enterprise", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        image_file = d.pop("image_file", UNSET)

        is_active = d.pop("is_active", UNSET)

        _orientation = d.pop("orientation", UNSET)
        orientation: WallpaperOrientation | Unset
        if isinstance(_orientation, Unset):
            orientation = UNSET
        else:
            orientation = check_wallpaper_orientation(_orientation)

        def _parse_thumbnail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail = _parse_thumbnail(d.pop("thumbnail", UNSET))

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        wallpaper = cls(
            created_on=created_on,
            enterprise=enterprise,
            id=id,
            image_file=image_file,
            is_active=is_active,
            orientation=orientation,
            thumbnail=thumbnail,
            updated_on=updated_on,
        )

        wallpaper.additional_properties = d
        return wallpaper

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
