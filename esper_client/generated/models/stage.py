from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Stage")


@_attrs_define
class Stage:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        created_by (float | Unset):
        description (str | Unset):
        enterprise_id (str | Unset):
        id (str | Unset):
        name (str | Unset):
        pipeline_id (str | Unset):
        timeout_seconds (float | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (float | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by: float | Unset = UNSET
    description: str | Unset = UNSET
    enterprise_id: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    pipeline_id: str | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        description = self.description

        enterprise_id = self.enterprise_id

        id = self.id

        name = self.name

        pipeline_id = self.pipeline_id

        timeout_seconds = self.timeout_seconds

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if description is not UNSET:
            field_dict["description"] = description
        if enterprise_id is not UNSET:
            field_dict["enterprise_id"] = enterprise_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        description = d.pop("description", UNSET)

        enterprise_id = d.pop("enterprise_id", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        pipeline_id = d.pop("pipeline_id", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        stage = cls(
            created_at=created_at,
            created_by=created_by,
            description=description,
            enterprise_id=enterprise_id,
            id=id,
            name=name,
            pipeline_id=pipeline_id,
            timeout_seconds=timeout_seconds,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        stage.additional_properties = d
        return stage

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
