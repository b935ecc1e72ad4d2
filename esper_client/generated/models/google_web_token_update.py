from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleWebTokenUpdate")


@_attrs_define
class GoogleWebTokenUpdate:
    """
    Attributes:
        emm (int):
        parent_url (str):
        id (int | Unset):
        is_active (bool | Unset):
        token (str | Unset):
    """

    emm: int
    parent_url: str
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emm = self.emm

        parent_url = self.parent_url

        id = self.id

        is_active = self.is_active

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emm": emm,
                "parent_url": parent_url,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emm = d.pop("emm")

        parent_url = d.pop("parent_url")

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        token = d.pop("token", UNSET)

        google_web_token_update = cls(
            emm=emm,
            parent_url=parent_url,
            id=id,
            is_active=is_active,
            token=token,
        )

        google_web_token_update.additional_properties = d
        return google_web_token_update

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
