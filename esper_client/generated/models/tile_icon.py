from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TileIcon")


@_attrs_define
class TileIcon:
    """
    Attributes:
        category (str | Unset):
        created_on (datetime.datetime | Unset):
        custom (bool | Unset):
        device_model (str | Unset):
        icon_file (str | Unset):
        id (UUID | Unset):
        updated_on (datetime.datetime | Unset):
    """

    category: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    custom: bool | Unset = UNSET
    device_model: str | Unset = UNSET
    icon_file: str | Unset = UNSET
    id: UUID | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        custom = self.custom

        device_model = self.device_model

        icon_file = self.icon_file

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if custom is not UNSET:
            field_dict["custom"] = custom
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if icon_file is not UNSET:
            field_dict["icon_file"] = icon_file
        if id is not UNSET:
            field_dict["id"] = id
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        custom = d.pop("custom", UNSET)

        device_model = d.pop("device_model", UNSET)

        icon_file = d.pop("icon_file", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        tile_icon = cls(
            category=category,
            created_on=created_on,
            custom=custom,
            device_model=device_model,
            icon_file=icon_file,
            id=id,
            updated_on=updated_on,
        )

        tile_icon.additional_properties = d
        return tile_icon

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
