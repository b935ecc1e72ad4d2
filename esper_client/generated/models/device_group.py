from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceGroup")


@_attrs_define
class DeviceGroup:
    """
    Attributes:
        name (str):
        blueprint (UUID | Unset):
        children_count (int | Unset):
        created_on (datetime.datetime | Unset):
        device_count (int | Unset):
        enterprise (str | Unset):
        id (UUID | Unset):
        parent (str | Unset):
        path (str | Unset):
        thumbnail (UUID | Unset):
    """

    name: str
    blueprint: UUID | Unset = UNSET
    children_count: int | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    device_count: int | Unset = UNSET
    enterprise: str | Unset = UNSET
    id: UUID | Unset = UNSET
    parent: str | Unset = UNSET
    path: str | Unset = UNSET
    thumbnail: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        blueprint: str | Unset = UNSET
        if not isinstance(self.blueprint, Unset):
            blueprint = str(self.blueprint)

        children_count = self.children_count

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        device_count = self.device_count

        enterprise = self.enterprise

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        parent = self.parent

        path = self.path

        thumbnail: str | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = str(self.thumbnail)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if children_count is not UNSET:
            field_dict["children_count"] = children_count
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if device_count is not UNSET:
            field_dict["device_count"] = device_count
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if id is not UNSET:
            field_dict["id"] = id
        if parent is not UNSET:
            field_dict["parent"] = parent
        if path is not UNSET:
            field_dict["path"] = path
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _blueprint = d.pop("blueprint", UNSET)
        blueprint: UUID | Unset
        if isinstance(_blueprint, Unset):
            blueprint = UNSET
        else:
            blueprint = UUID(_blueprint)

        children_count = d.pop("children_count", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        device_count = d.pop("device_count", UNSET)

        enterprise = d.pop("enterprise", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        parent = d.pop("parent", UNSET)

        path = d.pop("path", UNSET)

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: UUID | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = UUID(_thumbnail)

        device_group = cls(
            name=name,
            blueprint=blueprint,
            children_count=children_count,
            created_on=created_on,
            device_count=device_count,
            enterprise=enterprise,
            id=id,
            parent=parent,
            path=path,
            thumbnail=thumbnail,
        )

        device_group.additional_properties = d
        return device_group

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
