from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.user_profile_role import UserProfileRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """UserProfile's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.group import Group  # noqa: PLC0415

    return (
        (
            _rt.Field("authn_connection_id", "authn_connection_id", _rt.UUID_),
            _rt.Field("authn_user_id", "authn_user_id", _rt.UUID_),
            _rt.Field("authz_role_id", "authz_role_id", _rt.UUID_),
            _rt.Field("can_factory_reset", "can_factory_reset", _rt.BOOL),
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("default_password_changed", "default_password_changed", _rt.BOOL),
            _rt.Field("enterprise", "enterprise", _rt.UUID_),
            _rt.Field("enterprise_user_id", "enterprise_user_id", _rt.STR),
            _rt.Field("groups", "groups", _rt.list_of(_rt.model(Group))),
            _rt.Field("id", "id", _rt.INT),
            _rt.Field("is_customer", "is_customer", _rt.BOOL),
            _rt.Field("is_developer", "is_developer", _rt.BOOL),
            _rt.Field("is_endpoint_creator", "is_endpoint_creator", _rt.BOOL),
            _rt.Field(
                "role",
                "role",
                _rt.enum(
                    "UserProfileRole",
                    ["Enterprise Admin", "Enterprise User", "Group Admin", "Group Viewer", "Shoonya Admin", "Viewer"],
                ),
            ),
            _rt.Field("setup_wizard_complete", "setup_wizard_complete", _rt.BOOL),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME),
        ),
        _rt.ANY,
    )


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

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
