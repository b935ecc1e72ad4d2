from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceGroupUpdate")


@_attrs_define
class DeviceGroupUpdate:
    """
    Attributes:
        name (str):
        children_count (int | Unset):
        created_on (datetime.datetime | Unset):
        device_count (int | Unset):
        device_ids (list[UUID] | Unset):
        enterprise (str | Unset):
        id (UUID | Unset):
        parent (UUID | Unset):
        path (str | Unset):
    """

    name: str
    children_count: int | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    device_count: int | Unset = UNSET
    device_ids: list[UUID] | Unset = UNSET
    enterprise: str | Unset = UNSET
    id: UUID | Unset = UNSET
    parent: UUID | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        children_count = self.children_count

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        device_count = self.device_count

        device_ids: list[str] | Unset = UNSET
        if not isinstance(self.device_ids, Unset):
            device_ids = []
            for device_ids_item_data in self.device_ids:
                device_ids_item = str(device_ids_item_data)
                device_ids.append(device_ids_item)

        enterprise = self.enterprise

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        parent: str | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = str(self.parent)

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if children_count is not UNSET:
            field_dict["children_count"] = children_count
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if device_count is not UNSET:
            field_dict["device_count"] = device_count
        if device_ids is not UNSET:
            field_dict["device_ids"] = device_ids
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if id is not UNSET:
            field_dict["id"] = id
        if parent is not UNSET:
            field_dict["parent"] = parent
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        children_count = d.pop("children_count", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        device_count = d.pop("device_count", UNSET)

        _device_ids = d.pop("device_ids", UNSET)
        device_ids: list[UUID] | Unset = UNSET
        if _device_ids is not UNSET:
            device_ids = []
            for device_ids_item_data in _device_ids:
                device_ids_item = UUID(device_ids_item_data)

                device_ids.append(device_ids_item)

        enterprise = d.pop("enterprise", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _parent = d.pop("parent", UNSET)
        parent: UUID | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = UUID(_parent)

        path = d.pop("path", UNSET)

        device_group_update = cls(
            name=name,
            children_count=children_count,
            created_on=created_on,
            device_count=device_count,
            device_ids=device_ids,
            enterprise=enterprise,
            id=id,
            parent=parent,
            path=path,
        )

        device_group_update.additional_properties = d
        return device_group_update

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
