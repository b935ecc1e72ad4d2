from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantDEPProfile")


@_attrs_define
class TenantDEPProfile:
    """
    Attributes:
        auto_advance_setup (bool | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        id (UUID | Unset):
        profile_uuid (str | Unset):
        show_setup_items (list[str] | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    auto_advance_setup: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    id: UUID | Unset = UNSET
    profile_uuid: str | Unset = UNSET
    show_setup_items: list[str] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_advance_setup = self.auto_advance_setup

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        profile_uuid = self.profile_uuid

        show_setup_items: list[str] | Unset = UNSET
        if not isinstance(self.show_setup_items, Unset):
            show_setup_items = self.show_setup_items

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_advance_setup is not UNSET:
            field_dict["auto_advance_setup"] = auto_advance_setup
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if id is not UNSET:
            field_dict["id"] = id
        if profile_uuid is not UNSET:
            field_dict["profile_uuid"] = profile_uuid
        if show_setup_items is not UNSET:
            field_dict["show_setup_items"] = show_setup_items
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_advance_setup = d.pop("auto_advance_setup", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        profile_uuid = d.pop("profile_uuid", UNSET)

        show_setup_items = cast(list[str], d.pop("show_setup_items", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        tenant_dep_profile = cls(
            auto_advance_setup=auto_advance_setup,
            created_at=created_at,
            created_by=created_by,
            id=id,
            profile_uuid=profile_uuid,
            show_setup_items=show_setup_items,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        tenant_dep_profile.additional_properties = d
        return tenant_dep_profile

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
