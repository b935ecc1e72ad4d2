from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_profile_role import UserProfileRole, check_user_profile_role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group


T = TypeVar("T", bound="UserProfile")


@_attrs_define
class UserProfile:
    """
    Attributes:
        authn_connection_id (UUID | Unset):
        authn_user_id (UUID | Unset):
        authz_role_id (UUID | Unset):
        can_factory_reset (bool | Unset):
        created_on (datetime.datetime | Unset):
        default_password_changed (bool | Unset):
        enterprise (UUID | Unset):
        enterprise_user_id (str | Unset):
        groups (list[Group] | Unset):
        id (int | Unset):
        is_customer (bool | Unset):
        is_developer (bool | Unset):
        is_endpoint_creator (bool | Unset):
        role (UserProfileRole | Unset):
        setup_wizard_complete (bool | Unset):
        updated_on (datetime.datetime | Unset):
    """

    authn_connection_id: UUID | Unset = UNSET
    authn_user_id: UUID | Unset = UNSET
    authz_role_id: UUID | Unset = UNSET
    can_factory_reset: bool | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    default_password_changed: bool | Unset = UNSET
    enterprise: UUID | Unset = UNSET
    enterprise_user_id: str | Unset = UNSET
    groups: list[Group] | Unset = UNSET
    id: int | Unset = UNSET
    is_customer: bool | Unset = UNSET
    is_developer: bool | Unset = UNSET
    is_endpoint_creator: bool | Unset = UNSET
    role: UserProfileRole | Unset = UNSET
    setup_wizard_complete: bool | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authn_connection_id: str | Unset = UNSET
        if not isinstance(self.authn_connection_id, Unset):
            authn_connection_id = str(self.authn_connection_id)

        authn_user_id: str | Unset = UNSET
        if not isinstance(self.authn_user_id, Unset):
            authn_user_id = str(self.authn_user_id)

        authz_role_id: str | Unset = UNSET
        if not isinstance(self.authz_role_id, Unset):
            authz_role_id = str(self.authz_role_id)

        can_factory_reset = self.can_factory_reset

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        default_password_changed = self.default_password_changed

        enterprise: str | Unset = UNSET
        if not isinstance(self.enterprise, Unset):
            enterprise = str(self.enterprise)

        enterprise_user_id = self.enterprise_user_id

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        id = self.id

        is_customer = self.is_customer

        is_developer = self.is_developer

        is_endpoint_creator = self.is_endpoint_creator

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        setup_wizard_complete = self.setup_wizard_complete

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authn_connection_id is not UNSET:
            field_dict["authn_connection_id"] = authn_connection_id
        if authn_user_id is not UNSET:
            field_dict["authn_user_id"] = authn_user_id
        if authz_role_id is not UNSET:
            field_dict["authz_role_id"] = authz_role_id
        if can_factory_reset is not UNSET:
            field_dict["can_factory_reset"] = can_factory_reset
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if default_password_changed is not UNSET:
            field_dict["default_password_changed"] = default_password_changed
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if enterprise_user_id is not UNSET:
            field_dict["enterprise_user_id"] = enterprise_user_id
        if groups is not UNSET:
            field_dict["groups"] = groups
        if id is not UNSET:
            field_dict["id"] = id
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
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (Group,) = _nested_models()

        d = dict(src_dict)
        _authn_connection_id = d.pop("authn_connection_id", UNSET)
        authn_connection_id: UUID | Unset
        if isinstance(_authn_connection_id, Unset):
            authn_connection_id = UNSET
        else:
            authn_connection_id = UUID(_authn_connection_id)

        _authn_user_id = d.pop("authn_user_id", UNSET)
        authn_user_id: UUID | Unset
        if isinstance(_authn_user_id, Unset):
            authn_user_id = UNSET
        else:
            authn_user_id = UUID(_authn_user_id)

        _authz_role_id = d.pop("authz_role_id", UNSET)
        authz_role_id: UUID | Unset
        if isinstance(_authz_role_id, Unset):
            authz_role_id = UNSET
        else:
            authz_role_id = UUID(_authz_role_id)

        can_factory_reset = d.pop("can_factory_reset", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        default_password_changed = d.pop("default_password_changed", UNSET)

        _enterprise = d.pop("enterprise", UNSET)
        enterprise: UUID | Unset
        if isinstance(_enterprise, Unset):
            enterprise = UNSET
        else:
            enterprise = UUID(_enterprise)

        enterprise_user_id = d.pop("enterprise_user_id", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[Group] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = Group.from_dict(groups_item_data)

                groups.append(groups_item)

        id = d.pop("id", UNSET)

        is_customer = d.pop("is_customer", UNSET)

        is_developer = d.pop("is_developer", UNSET)

        is_endpoint_creator = d.pop("is_endpoint_creator", UNSET)

        _role = d.pop("role", UNSET)
        role: UserProfileRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_user_profile_role(_role)

        setup_wizard_complete = d.pop("setup_wizard_complete", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        user_profile = cls(
            authn_connection_id=authn_connection_id,
            authn_user_id=authn_user_id,
            authz_role_id=authz_role_id,
            can_factory_reset=can_factory_reset,
            created_on=created_on,
            default_password_changed=default_password_changed,
            enterprise=enterprise,
            enterprise_user_id=enterprise_user_id,
            groups=groups,
            id=id,
            is_customer=is_customer,
            is_developer=is_developer,
            is_endpoint_creator=is_endpoint_creator,
            role=role,
            setup_wizard_complete=setup_wizard_complete,
            updated_on=updated_on,
        )

        user_profile.additional_properties = d
        return user_profile

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
def _nested_models() -> tuple[type[Group],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.group import Group  # noqa: PLC0415

    return (Group,)
