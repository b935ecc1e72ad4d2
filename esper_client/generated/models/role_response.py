from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RoleResponse")


@_attrs_define
class RoleResponse:
    """
    Attributes:
        description (str):
        id (UUID):
        name (str):
        organization_type (int):
        role_type (int):
    """

    description: str
    id: UUID
    name: str
    organization_type: int
    role_type: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = str(self.id)

        name = self.name

        organization_type = self.organization_type

        role_type = self.role_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
                "organization_type": organization_type,
                "role_type": role_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        organization_type = d.pop("organization_type")

        role_type = d.pop("role_type")

        role_response = cls(
            description=description,
            id=id,
            name=name,
            organization_type=organization_type,
            role_type=role_type,
        )

        role_response.additional_properties = d
        return role_response

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
