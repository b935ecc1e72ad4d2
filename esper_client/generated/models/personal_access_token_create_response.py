from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonalAccessTokenCreateResponse")


@_attrs_define
class PersonalAccessTokenCreateResponse:
    """
    Attributes:
        created_at (str | Unset):
        description (str | Unset):
        expiry_at (int | Unset):
        id (UUID | Unset):
        name (str | Unset):
        prefix (str | Unset):
        token (str | Unset):
        updated_at (str | Unset):
    """

    created_at: str | Unset = UNSET
    description: str | Unset = UNSET
    expiry_at: int | Unset = UNSET
    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    prefix: str | Unset = UNSET
    token: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        description = self.description

        expiry_at = self.expiry_at

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        prefix = self.prefix

        token = self.token

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if expiry_at is not UNSET:
            field_dict["expiry_at"] = expiry_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if token is not UNSET:
            field_dict["token"] = token
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        description = d.pop("description", UNSET)

        expiry_at = d.pop("expiry_at", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        prefix = d.pop("prefix", UNSET)

        token = d.pop("token", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        personal_access_token_create_response = cls(
            created_at=created_at,
            description=description,
            expiry_at=expiry_at,
            id=id,
            name=name,
            prefix=prefix,
            token=token,
            updated_at=updated_at,
        )

        personal_access_token_create_response.additional_properties = d
        return personal_access_token_create_response

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
