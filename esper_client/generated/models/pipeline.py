from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pipeline")


@_attrs_define
class Pipeline:
    """
    Attributes:
        created_by (float):
        name (str):
        updated_by (float):
        created_at (datetime.datetime | Unset):
        description (str | Unset):
        enterprise_id (str | Unset):
        id (str | Unset):
        is_active (bool | Unset):
        is_archived (bool | Unset):
        is_default (bool | Unset):
        is_valid (bool | Unset):
        is_visible (bool | Unset):
        timeout_seconds (float | Unset):
        updated_at (datetime.datetime | Unset):
    """

    created_by: float
    name: str
    updated_by: float
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    enterprise_id: str | Unset = UNSET
    id: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_valid: bool | Unset = UNSET
    is_visible: bool | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_by = self.created_by

        name = self.name

        updated_by = self.updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        enterprise_id = self.enterprise_id

        id = self.id

        is_active = self.is_active

        is_archived = self.is_archived

        is_default = self.is_default

        is_valid = self.is_valid

        is_visible = self.is_visible

        timeout_seconds = self.timeout_seconds

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_by": created_by,
                "name": name,
                "updated_by": updated_by,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if enterprise_id is not UNSET:
            field_dict["enterprise_id"] = enterprise_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid
        if is_visible is not UNSET:
            field_dict["is_visible"] = is_visible
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_by = d.pop("created_by")

        name = d.pop("name")

        updated_by = d.pop("updated_by")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.pop("description", UNSET)

        enterprise_id = d.pop("enterprise_id", UNSET)

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        is_default = d.pop("is_default", UNSET)

        is_valid = d.pop("is_valid", UNSET)

        is_visible = d.pop("is_visible", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        pipeline = cls(
            created_by=created_by,
            name=name,
            updated_by=updated_by,
            created_at=created_at,
            description=description,
            enterprise_id=enterprise_id,
            id=id,
            is_active=is_active,
            is_archived=is_archived,
            is_default=is_default,
            is_valid=is_valid,
            is_visible=is_visible,
            timeout_seconds=timeout_seconds,
            updated_at=updated_at,
        )

        pipeline.additional_properties = d
        return pipeline

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
