from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enterprise_v1_emm_type_0 import EnterpriseV1EmmType0


T = TypeVar("T", bound="EnterpriseV1")


@_attrs_define
class EnterpriseV1:
    """
    Attributes:
        id (UUID):
        name (str):
        short_code (str):
        contact_email (str | Unset):
        contact_number (None | str | Unset):
        contact_person (None | str | Unset):
        created_on (datetime.datetime | Unset):
        emm (EnterpriseV1EmmType0 | None | Unset):
        location (str | Unset):
        registered_address (str | Unset):
        registered_name (str | Unset):
        updated_on (datetime.datetime | Unset):
        wifi_lte_toggle_flag (bool | Unset):
        zipcode (str | Unset):
    """

    id: UUID
    name: str
    short_code: str
    contact_email: str | Unset = UNSET
    contact_number: None | str | Unset = UNSET
    contact_person: None | str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    emm: EnterpriseV1EmmType0 | None | Unset = UNSET
    location: str | Unset = UNSET
    registered_address: str | Unset = UNSET
    registered_name: str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    wifi_lte_toggle_flag: bool | Unset = UNSET
    zipcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (EnterpriseV1EmmType0,) = _nested_models()

        id = str(self.id)

        name = self.name

        short_code = self.short_code

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

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        emm: dict[str, Any] | None | Unset
        if isinstance(self.emm, Unset):
            emm = UNSET
        elif isinstance(self.emm, EnterpriseV1EmmType0):
            emm = self.emm.to_dict()
        else:
            emm = self.emm

        location = self.location

        registered_address = self.registered_address

        registered_name = self.registered_name

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        wifi_lte_toggle_flag = self.wifi_lte_toggle_flag

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "short_code": short_code,
            }
        )
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_number is not UNSET:
            field_dict["contact_number"] = contact_number
        if contact_person is not UNSET:
            field_dict["contact_person"] = contact_person
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if emm is not UNSET:
            field_dict["emm"] = emm
        if location is not UNSET:
            field_dict["location"] = location
        if registered_address is not UNSET:
            field_dict["registered_address"] = registered_address
        if registered_name is not UNSET:
            field_dict["registered_name"] = registered_name
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if wifi_lte_toggle_flag is not UNSET:
            field_dict["wifi_lte_toggle_flag"] = wifi_lte_toggle_flag
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (EnterpriseV1EmmType0,) = _nested_models()

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        short_code = d.pop("short_code")

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

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        def _parse_emm(data: object) -> EnterpriseV1EmmType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                emm_type_0 = EnterpriseV1EmmType0.from_dict(data)

                return emm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnterpriseV1EmmType0 | None | Unset, data)

        emm = _parse_emm(d.pop("emm", UNSET))

        location = d.pop("location", UNSET)

        registered_address = d.pop("registered_address", UNSET)

        registered_name = d.pop("registered_name", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        wifi_lte_toggle_flag = d.pop("wifi_lte_toggle_flag", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        enterprise_v1 = cls(
            id=id,
            name=name,
            short_code=short_code,
            contact_email=contact_email,
            contact_number=contact_number,
            contact_person=contact_person,
            created_on=created_on,
            emm=emm,
            location=location,
            registered_address=registered_address,
            registered_name=registered_name,
            updated_on=updated_on,
            wifi_lte_toggle_flag=wifi_lte_toggle_flag,
            zipcode=zipcode,
        )

        enterprise_v1.additional_properties = d
        return enterprise_v1

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


@cache
def _nested_models() -> tuple[type[EnterpriseV1EmmType0],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.enterprise_v1_emm_type_0 import EnterpriseV1EmmType0  # noqa: PLC0415

    return (EnterpriseV1EmmType0,)
