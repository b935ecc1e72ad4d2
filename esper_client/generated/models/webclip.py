from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Webclip")


@_attrs_define
class Webclip:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        icon_url (None | str | Unset):
        id (UUID | Unset):
        is_full_screen (bool | Unset):
        is_removable (bool | Unset):
        label (str | Unset):
        target_bundle_id (str | Unset):
        target_bundle_name (str | Unset):
        tenant_id (UUID | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        url (str | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    icon_url: None | str | Unset = UNSET
    id: UUID | Unset = UNSET
    is_full_screen: bool | Unset = UNSET
    is_removable: bool | Unset = UNSET
    label: str | Unset = UNSET
    target_bundle_id: str | Unset = UNSET
    target_bundle_name: str | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_full_screen = self.is_full_screen

        is_removable = self.is_removable

        label = self.label

        target_bundle_id = self.target_bundle_id

        target_bundle_name = self.target_bundle_name

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if id is not UNSET:
            field_dict["id"] = id
        if is_full_screen is not UNSET:
            field_dict["is_full_screen"] = is_full_screen
        if is_removable is not UNSET:
            field_dict["is_removable"] = is_removable
        if label is not UNSET:
            field_dict["label"] = label
        if target_bundle_id is not UNSET:
            field_dict["target_bundle_id"] = target_bundle_id
        if target_bundle_name is not UNSET:
            field_dict["target_bundle_name"] = target_bundle_name
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if url is not UNSET:
            field_dict["url"] = url

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

        def _parse_icon_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon_url = _parse_icon_url(d.pop("icon_url", UNSET))

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_full_screen = d.pop("is_full_screen", UNSET)

        is_removable = d.pop("is_removable", UNSET)

        label = d.pop("label", UNSET)

        target_bundle_id = d.pop("target_bundle_id", UNSET)

        target_bundle_name = d.pop("target_bundle_name", UNSET)

        _tenant_id = d.pop("tenant_id", UNSET)
        tenant_id: UUID | Unset
        if isinstance(_tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        url = d.pop("url", UNSET)

        webclip = cls(
            created_at=created_at,
            created_by=created_by,
            icon_url=icon_url,
            id=id,
            is_full_screen=is_full_screen,
            is_removable=is_removable,
            label=label,
            target_bundle_id=target_bundle_id,
            target_bundle_name=target_bundle_name,
            tenant_id=tenant_id,
            updated_at=updated_at,
            updated_by=updated_by,
            url=url,
        )

        webclip.additional_properties = d
        return webclip

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
