from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsersListResponse")


@_attrs_define
class UsersListResponse:
    """
    Attributes:
        connection_id (str | Unset):
        created_at (str | Unset):
        email (str | Unset):
        name (str | Unset):
        partner_id (UUID | Unset):
        tenant_id (UUID | Unset):
        updated_at (str | Unset):
        user_id (str | Unset):
    """

    connection_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    partner_id: UUID | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    updated_at: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        created_at = self.created_at

        email = self.email

        name = self.name

        partner_id: str | Unset = UNSET
        if not isinstance(self.partner_id, Unset):
            partner_id = str(self.partner_id)

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        updated_at = self.updated_at

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connection_id = d.pop("connection_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        _partner_id = d.pop("partner_id", UNSET)
        partner_id: UUID | Unset
        if isinstance(_partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = UUID(_partner_id)

        _tenant_id = d.pop("tenant_id", UNSET)
        tenant_id: UUID | Unset
        if isinstance(_tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        updated_at = d.pop("updated_at", UNSET)

        user_id = d.pop("user_id", UNSET)

        users_list_response = cls(
            connection_id=connection_id,
            created_at=created_at,
            email=email,
            name=name,
            partner_id=partner_id,
            tenant_id=tenant_id,
            updated_at=updated_at,
            user_id=user_id,
        )

        users_list_response.additional_properties = d
        return users_list_response

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
