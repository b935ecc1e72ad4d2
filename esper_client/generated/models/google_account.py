from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleAccount")


@_attrs_define
class GoogleAccount:
    """
    Attributes:
        account_type (int):
        device_id (UUID):
        google_user_id (str):
        tenant_id (UUID):
        account_identifier (str | Unset):
        created_at (datetime.datetime | Unset):
        google_authentication_token (str | Unset):
        google_device_id (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    account_type: int
    device_id: UUID
    google_user_id: str
    tenant_id: UUID
    account_identifier: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    google_authentication_token: str | Unset = UNSET
    google_device_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type

        device_id = str(self.device_id)

        google_user_id = self.google_user_id

        tenant_id = str(self.tenant_id)

        account_identifier = self.account_identifier

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        google_authentication_token = self.google_authentication_token

        google_device_id = self.google_device_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_type": account_type,
                "device_id": device_id,
                "google_user_id": google_user_id,
                "tenant_id": tenant_id,
            }
        )
        if account_identifier is not UNSET:
            field_dict["account_identifier"] = account_identifier
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if google_authentication_token is not UNSET:
            field_dict["google_authentication_token"] = google_authentication_token
        if google_device_id is not UNSET:
            field_dict["google_device_id"] = google_device_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_type = d.pop("account_type")

        device_id = UUID(d.pop("device_id"))

        google_user_id = d.pop("google_user_id")

        tenant_id = UUID(d.pop("tenant_id"))

        account_identifier = d.pop("account_identifier", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        google_authentication_token = d.pop("google_authentication_token", UNSET)

        google_device_id = d.pop("google_device_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        google_account = cls(
            account_type=account_type,
            device_id=device_id,
            google_user_id=google_user_id,
            tenant_id=tenant_id,
            account_identifier=account_identifier,
            created_at=created_at,
            google_authentication_token=google_authentication_token,
            google_device_id=google_device_id,
            updated_at=updated_at,
        )

        google_account.additional_properties = d
        return google_account

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
