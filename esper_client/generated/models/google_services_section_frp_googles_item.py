from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.google_services_section_frp_googles_item_type import (
    GoogleServicesSectionFrpGooglesItemType,
    check_google_services_section_frp_googles_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleServicesSectionFrpGooglesItem")


@_attrs_define
class GoogleServicesSectionFrpGooglesItem:
    """
    Attributes:
        email (str | Unset):
        google_id (str | Unset):
        type_ (GoogleServicesSectionFrpGooglesItemType | Unset):
    """

    email: str | Unset = UNSET
    google_id: str | Unset = UNSET
    type_: GoogleServicesSectionFrpGooglesItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        google_id = self.google_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if google_id is not UNSET:
            field_dict["google_id"] = google_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        google_id = d.pop("google_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: GoogleServicesSectionFrpGooglesItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_google_services_section_frp_googles_item_type(_type_)

        google_services_section_frp_googles_item = cls(
            email=email,
            google_id=google_id,
            type_=type_,
        )

        google_services_section_frp_googles_item.additional_properties = d
        return google_services_section_frp_googles_item

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
