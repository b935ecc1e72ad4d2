from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.add_wallpaper_body_orientation import AddWallpaperBodyOrientation, check_add_wallpaper_body_orientation
from ..types import File

T = TypeVar("T", bound="AddWallpaperBody")


@_attrs_define
class AddWallpaperBody:
    """
    Attributes:
        image_file (File):
        orientation (AddWallpaperBodyOrientation):
    """

    image_file: File
    orientation: AddWallpaperBodyOrientation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_file = self.image_file.to_tuple()

        orientation: str = self.orientation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_file": image_file,
                "orientation": orientation,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("image_file", self.image_file.to_tuple()))

        files.append(("orientation", (None, str(self.orientation).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_file = File(payload=BytesIO(d.pop("image_file")))

        orientation = check_add_wallpaper_body_orientation(d.pop("orientation"))

        add_wallpaper_body = cls(
            image_file=image_file,
            orientation=orientation,
        )

        add_wallpaper_body.additional_properties = d
        return add_wallpaper_body

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
