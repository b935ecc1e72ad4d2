from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleEnterpriseDetails")


@_attrs_define
class GoogleEnterpriseDetails:
    """
    Attributes:
        callback_url (str):
        completion_token (str):
        enterprise_token (str):
        google_enterprise_id (str):
        signup_url (str):
        state (int):
        created_at (datetime.datetime | Unset):
        id (int | Unset):
        is_synced_to_scapi (bool | None | Unset):
        name (str | Unset):
        tenant_id (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    callback_url: str
    completion_token: str
    enterprise_token: str
    google_enterprise_id: str
    signup_url: str
    state: int
    created_at: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
    is_synced_to_scapi: bool | None | Unset = UNSET
    name: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        completion_token = self.completion_token

        enterprise_token = self.enterprise_token

        google_enterprise_id = self.google_enterprise_id

        signup_url = self.signup_url

        state = self.state

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

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
                "callback_url": callback_url,
                "completion_token": completion_token,
                "enterprise_token": enterprise_token,
                "google_enterprise_id": google_enterprise_id,
                "signup_url": signup_url,
                "state": state,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
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
        callback_url = d.pop("callback_url")

        completion_token = d.pop("completion_token")

        enterprise_token = d.pop("enterprise_token")

        google_enterprise_id = d.pop("google_enterprise_id")

        signup_url = d.pop("signup_url")

        state = d.pop("state")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        id = d.pop("id", UNSET)

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

        google_enterprise_details = cls(
            callback_url=callback_url,
            completion_token=completion_token,
            enterprise_token=enterprise_token,
            google_enterprise_id=google_enterprise_id,
            signup_url=signup_url,
            state=state,
            created_at=created_at,
            id=id,
            is_synced_to_scapi=is_synced_to_scapi,
            name=name,
            tenant_id=tenant_id,
            updated_at=updated_at,
        )

        google_enterprise_details.additional_properties = d
        return google_enterprise_details

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
