from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleEnterprise")


@_attrs_define
class GoogleEnterprise:
    """
    Attributes:
        name (str):
        callback_url (str | Unset):
        completion_token (str | Unset):
        created_on (datetime.datetime | Unset):
        enterprise (str | Unset):
        enterprise_token (str | Unset):
        google_enterprise_id (str | Unset):
        id (int | Unset):
        is_active (bool | Unset):
        signup_url (str | Unset):
        state (int | Unset):
        updated_on (datetime.datetime | Unset):
    """

    name: str
    callback_url: str | Unset = UNSET
    completion_token: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    enterprise: str | Unset = UNSET
    enterprise_token: str | Unset = UNSET
    google_enterprise_id: str | Unset = UNSET
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    signup_url: str | Unset = UNSET
    state: int | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        callback_url = self.callback_url

        completion_token = self.completion_token

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        enterprise = self.enterprise

        enterprise_token = self.enterprise_token

        google_enterprise_id = self.google_enterprise_id

        id = self.id

        is_active = self.is_active

        signup_url = self.signup_url

        state = self.state

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if completion_token is not UNSET:
            field_dict["completion_token"] = completion_token
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if enterprise_token is not UNSET:
            field_dict["enterprise_token"] = enterprise_token
        if google_enterprise_id is not UNSET:
            field_dict["google_enterprise_id"] = google_enterprise_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if signup_url is not UNSET:
            field_dict["signup_url"] = signup_url
        if state is not UNSET:
            field_dict["state"] = state
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        callback_url = d.pop("callback_url", UNSET)

        completion_token = d.pop("completion_token", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        enterprise = d.pop("enterprise", UNSET)

        enterprise_token = d.pop("enterprise_token", UNSET)

        google_enterprise_id = d.pop("google_enterprise_id", UNSET)

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        signup_url = d.pop("signup_url", UNSET)

        state = d.pop("state", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        google_enterprise = cls(
            name=name,
            callback_url=callback_url,
            completion_token=completion_token,
            created_on=created_on,
            enterprise=enterprise,
            enterprise_token=enterprise_token,
            google_enterprise_id=google_enterprise_id,
            id=id,
            is_active=is_active,
            signup_url=signup_url,
            state=state,
            updated_on=updated_on,
        )

        google_enterprise.additional_properties = d
        return google_enterprise

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
