from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_profile_create_role import UserProfileCreateRole, check_user_profile_create_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProfileCreate")


@_attrs_define
class UserProfileCreate:
    """
    Attributes:
        can_factory_reset (bool | Unset):
        default_password_changed (bool | Unset):
        enterprise (UUID | Unset):
        groups (list[str] | Unset):
        is_customer (bool | Unset):
        is_developer (bool | Unset):
        is_endpoint_creator (bool | Unset):
        role (UserProfileCreateRole | Unset):
        setup_wizard_complete (bool | Unset):
    """

    can_factory_reset: bool | Unset = UNSET
    default_password_changed: bool | Unset = UNSET
    enterprise: UUID | Unset = UNSET
    groups: list[str] | Unset = UNSET
    is_customer: bool | Unset = UNSET
    is_developer: bool | Unset = UNSET
    is_endpoint_creator: bool | Unset = UNSET
    role: UserProfileCreateRole | Unset = UNSET
    setup_wizard_complete: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_factory_reset = self.can_factory_reset

        default_password_changed = self.default_password_changed

        enterprise: str | Unset = UNSET
        if not isinstance(self.enterprise, Unset):
            enterprise = str(self.enterprise)

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        is_customer = self.is_customer

        is_developer = self.is_developer

        is_endpoint_creator = self.is_endpoint_creator

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        setup_wizard_complete = self.setup_wizard_complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_factory_reset is not UNSET:
            field_dict["can_factory_reset"] = can_factory_reset
        if default_password_changed is not UNSET:
            field_dict["default_password_changed"] = default_password_changed
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if groups is not UNSET:
            field_dict["groups"] = groups
        if is_customer is not UNSET:
            field_dict["is_customer"] = is_customer
        if is_developer is not UNSET:
            field_dict["is_developer"] = is_developer
        if is_endpoint_creator is not UNSET:
            field_dict["is_endpoint_creator"] = is_endpoint_creator
        if role is not UNSET:
            field_dict["role"] = role
        if setup_wizard_complete is not UNSET:
            field_dict["setup_wizard_complete"] = setup_wizard_complete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_factory_reset = d.pop("can_factory_reset", UNSET)

        default_password_changed = d.pop("default_password_changed", UNSET)

        _enterprise = d.pop("enterprise", UNSET)
        enterprise: UUID | Unset
        if isinstance(_enterprise, Unset):
            enterprise = UNSET
        else:
            enterprise = UUID(_enterprise)

        groups = cast(list[str], d.pop("groups", UNSET))

        is_customer = d.pop("is_customer", UNSET)

        is_developer = d.pop("is_developer", UNSET)

        is_endpoint_creator = d.pop("is_endpoint_creator", UNSET)

        _role = d.pop("role", UNSET)
        role: UserProfileCreateRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_user_profile_create_role(_role)

        setup_wizard_complete = d.pop("setup_wizard_complete", UNSET)

        user_profile_create = cls(
            can_factory_reset=can_factory_reset,
            default_password_changed=default_password_changed,
            enterprise=enterprise,
            groups=groups,
            is_customer=is_customer,
            is_developer=is_developer,
            is_endpoint_creator=is_endpoint_creator,
            role=role,
            setup_wizard_complete=setup_wizard_complete,
        )

        user_profile_create.additional_properties = d
        return user_profile_create

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
