from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterpriseUpdateV1")


@_attrs_define
class EnterpriseUpdateV1:
    """
    Attributes:
        contact_email (str | Unset):
        contact_number (None | str | Unset):
        contact_person (None | str | Unset):
        id (UUID | Unset):
        location (str | Unset):
        name (str | Unset):
        registered_address (str | Unset):
        registered_name (str | Unset):
        wifi_lte_toggle_flag (bool | Unset):
        zipcode (str | Unset):
    """

    contact_email: str | Unset = UNSET
    contact_number: None | str | Unset = UNSET
    contact_person: None | str | Unset = UNSET
    id: UUID | Unset = UNSET
    location: str | Unset = UNSET
    name: str | Unset = UNSET
    registered_address: str | Unset = UNSET
    registered_name: str | Unset = UNSET
    wifi_lte_toggle_flag: bool | Unset = UNSET
    zipcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_email = self.contact_email

        contact_number: None | str | Unset
        if isinstance(self.contact_number, Unset):
            contact_number = UNSET
        else:
            contact_number = self.contact_number

        contact_person: None | str | Unset
        if isinstance(self.contact_person, Unset):
            contact_person = UNSET
        else:
            contact_person = self.contact_person

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        location = self.location

        name = self.name

        registered_address = self.registered_address

        registered_name = self.registered_name

        wifi_lte_toggle_flag = self.wifi_lte_toggle_flag

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_number is not UNSET:
            field_dict["contact_number"] = contact_number
        if contact_person is not UNSET:
            field_dict["contact_person"] = contact_person
        if id is not UNSET:
            field_dict["id"] = id
        if location is not UNSET:
            field_dict["location"] = location
        if name is not UNSET:
            field_dict["name"] = name
        if registered_address is not UNSET:
            field_dict["registered_address"] = registered_address
        if registered_name is not UNSET:
            field_dict["registered_name"] = registered_name
        if wifi_lte_toggle_flag is not UNSET:
            field_dict["wifi_lte_toggle_flag"] = wifi_lte_toggle_flag
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_email = d.pop("contact_email", UNSET)

        def _parse_contact_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_number = _parse_contact_number(d.pop("contact_number", UNSET))

        def _parse_contact_person(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_person = _parse_contact_person(d.pop("contact_person", UNSET))

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        location = d.pop("location", UNSET)

        name = d.pop("name", UNSET)

        registered_address = d.pop("registered_address", UNSET)

        registered_name = d.pop("registered_name", UNSET)

        wifi_lte_toggle_flag = d.pop("wifi_lte_toggle_flag", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        enterprise_update_v1 = cls(
            contact_email=contact_email,
            contact_number=contact_number,
            contact_person=contact_person,
            id=id,
            location=location,
            name=name,
            registered_address=registered_address,
            registered_name=registered_name,
            wifi_lte_toggle_flag=wifi_lte_toggle_flag,
            zipcode=zipcode,
        )

        enterprise_update_v1.additional_properties = d
        return enterprise_update_v1

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
