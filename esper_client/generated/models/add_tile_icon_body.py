from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.add_tile_icon_body_category import AddTileIconBodyCategory, check_add_tile_icon_body_category
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AddTileIconBody")


@_attrs_define
class AddTileIconBody:
    """
    Attributes:
        device_model (str):
        enterprise (UUID):
        icon_file (File):
        category (AddTileIconBodyCategory | Unset):
        custom (bool | Unset):
    """

    device_model: str
    enterprise: UUID
    icon_file: File
    category: AddTileIconBodyCategory | Unset = UNSET
    custom: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_model = self.device_model

        enterprise = str(self.enterprise)

        icon_file = self.icon_file.to_tuple()

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        custom = self.custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_model": device_model,
                "enterprise": enterprise,
                "icon_file": icon_file,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("device_model", (None, str(self.device_model).encode(), "text/plain")))

        files.append(("enterprise", (None, str(self.enterprise), "text/plain")))

        files.append(("icon_file", self.icon_file.to_tuple()))

        if not isinstance(self.category, Unset):
            files.append(("category", (None, str(self.category).encode(), "text/plain")))

        if not isinstance(self.custom, Unset):
            files.append(("custom", (None, str(self.custom).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_model = d.pop("device_model")

        enterprise = UUID(d.pop("enterprise"))

        icon_file = File(payload=BytesIO(d.pop("icon_file")))

        _category = d.pop("category", UNSET)
        category: AddTileIconBodyCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = check_add_tile_icon_body_category(_category)

        custom = d.pop("custom", UNSET)

        add_tile_icon_body = cls(
            device_model=device_model,
            enterprise=enterprise,
            icon_file=icon_file,
            category=category,
            custom=custom,
        )

        add_tile_icon_body.additional_properties = d
        return add_tile_icon_body

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
