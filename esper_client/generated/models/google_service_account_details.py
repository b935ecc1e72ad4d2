from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleServiceAccountDetails")


@_attrs_define
class GoogleServiceAccountDetails:
    """
    Attributes:
        data (str):
        google_enterprise_id (str):
        is_active (bool):
        is_set (bool):
        key_id (str):
        public_data (str):
        type_ (int):
        created_at (datetime.datetime | Unset):
        is_synced_to_scapi (bool | None | Unset):
        name (str | Unset):
        tenant_id (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    data: str
    google_enterprise_id: str
    is_active: bool
    is_set: bool
    key_id: str
    public_data: str
    type_: int
    created_at: datetime.datetime | Unset = UNSET
    is_synced_to_scapi: bool | None | Unset = UNSET
    name: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        google_enterprise_id = self.google_enterprise_id

        is_active = self.is_active

        is_set = self.is_set

        key_id = self.key_id

        public_data = self.public_data

        type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        is_synced_to_scapi: bool | None | Unset
        if isinstance(self.is_synced_to_scapi, Unset):
            is_synced_to_scapi = UNSET
        else:
            is_synced_to_scapi = self.is_synced_to_scapi

        name = self.name

        tenant_id = self.tenant_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "google_enterprise_id": google_enterprise_id,
                "is_active": is_active,
                "is_set": is_set,
                "key_id": key_id,
                "public_data": public_data,
                "type": type_,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_synced_to_scapi is not UNSET:
            field_dict["is_synced_to_scapi"] = is_synced_to_scapi
        if name is not UNSET:
            field_dict["name"] = name
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        google_enterprise_id = d.pop("google_enterprise_id")

        is_active = d.pop("is_active")

        is_set = d.pop("is_set")

        key_id = d.pop("key_id")

        public_data = d.pop("public_data")

        type_ = d.pop("type")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_is_synced_to_scapi(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_synced_to_scapi = _parse_is_synced_to_scapi(d.pop("is_synced_to_scapi", UNSET))

        name = d.pop("name", UNSET)

        tenant_id = d.pop("tenant_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        google_service_account_details = cls(
            data=data,
            google_enterprise_id=google_enterprise_id,
            is_active=is_active,
            is_set=is_set,
            key_id=key_id,
            public_data=public_data,
            type_=type_,
            created_at=created_at,
            is_synced_to_scapi=is_synced_to_scapi,
            name=name,
            tenant_id=tenant_id,
            updated_at=updated_at,
        )

        google_service_account_details.additional_properties = d
        return google_service_account_details

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
