from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_different_user_request_role import (
    UpdateDifferentUserRequestRole,
    check_update_different_user_request_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDifferentUserRequest")


@_attrs_define
class UpdateDifferentUserRequest:
    """
    Attributes:
        groups (list[str]):
        role (UpdateDifferentUserRequestRole):
        authz_role_id (UUID | Unset):
        can_factory_reset (bool | Unset):
        has_all_group_access (bool | Unset):
    """

    groups: list[str]
    role: UpdateDifferentUserRequestRole
    authz_role_id: UUID | Unset = UNSET
    can_factory_reset: bool | Unset = UNSET
    has_all_group_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups = self.groups

        role: str = self.role

        authz_role_id: str | Unset = UNSET
        if not isinstance(self.authz_role_id, Unset):
            authz_role_id = str(self.authz_role_id)

        can_factory_reset = self.can_factory_reset

        has_all_group_access = self.has_all_group_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groups": groups,
                "role": role,
            }
        )
        if authz_role_id is not UNSET:
            field_dict["authz_role_id"] = authz_role_id
        if can_factory_reset is not UNSET:
            field_dict["can_factory_reset"] = can_factory_reset
        if has_all_group_access is not UNSET:
            field_dict["has_all_group_access"] = has_all_group_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        groups = cast(list[str], d.pop("groups"))

        role = check_update_different_user_request_role(d.pop("role"))

        _authz_role_id = d.pop("authz_role_id", UNSET)
        authz_role_id: UUID | Unset
        if isinstance(_authz_role_id, Unset):
            authz_role_id = UNSET
        else:
            authz_role_id = UUID(_authz_role_id)

        can_factory_reset = d.pop("can_factory_reset", UNSET)

        has_all_group_access = d.pop("has_all_group_access", UNSET)

        update_different_user_request = cls(
            groups=groups,
            role=role,
            authz_role_id=authz_role_id,
            can_factory_reset=can_factory_reset,
            has_all_group_access=has_all_group_access,
        )

        update_different_user_request.additional_properties = d
        return update_different_user_request

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
