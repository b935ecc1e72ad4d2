from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_user_invite_meta_profile_role import (
    TenantUserInviteMetaProfileRole,
    check_tenant_user_invite_meta_profile_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantUserInviteMetaProfile")


@_attrs_define
class TenantUserInviteMetaProfile:
    """
    Attributes:
        enterprise (UUID):
        role (TenantUserInviteMetaProfileRole):
        authz_role_id (UUID | Unset):
        groups (list[UUID] | Unset):
    """

    enterprise: UUID
    role: TenantUserInviteMetaProfileRole
    authz_role_id: UUID | Unset = UNSET
    groups: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enterprise = str(self.enterprise)

        role: str = self.role

        authz_role_id: str | Unset = UNSET
        if not isinstance(self.authz_role_id, Unset):
            authz_role_id = str(self.authz_role_id)

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = str(groups_item_data)
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enterprise": enterprise,
                "role": role,
            }
        )
        if authz_role_id is not UNSET:
            field_dict["authz_role_id"] = authz_role_id
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enterprise = UUID(d.pop("enterprise"))

        role = check_tenant_user_invite_meta_profile_role(d.pop("role"))

        _authz_role_id = d.pop("authz_role_id", UNSET)
        authz_role_id: UUID | Unset
        if isinstance(_authz_role_id, Unset):
            authz_role_id = UNSET
        else:
            authz_role_id = UUID(_authz_role_id)

        _groups = d.pop("groups", UNSET)
        groups: list[UUID] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = UUID(groups_item_data)

                groups.append(groups_item)

        tenant_user_invite_meta_profile = cls(
            enterprise=enterprise,
            role=role,
            authz_role_id=authz_role_id,
            groups=groups,
        )

        tenant_user_invite_meta_profile.additional_properties = d
        return tenant_user_invite_meta_profile

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
