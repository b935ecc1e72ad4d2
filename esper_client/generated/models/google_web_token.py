from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleWebToken")


@_attrs_define
class GoogleWebToken:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        emm (int | Unset):
        id (int | Unset):
        is_active (bool | Unset):
        parent_url (str | Unset):
        token (str | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    emm: int | Unset = UNSET
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    parent_url: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        emm = self.emm

        id = self.id

        is_active = self.is_active

        parent_url = self.parent_url

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if emm is not UNSET:
            field_dict["emm"] = emm
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if parent_url is not UNSET:
            field_dict["parent_url"] = parent_url
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        emm = d.pop("emm", UNSET)

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        parent_url = d.pop("parent_url", UNSET)

        token = d.pop("token", UNSET)

        google_web_token = cls(
            created_on=created_on,
            emm=emm,
            id=id,
            is_active=is_active,
            parent_url=parent_url,
            token=token,
        )

        google_web_token.additional_properties = d
        return google_web_token

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
