from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.user_profile_create_role import UserProfileCreateRole
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """UserProfileCreate's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("can_factory_reset", "can_factory_reset", _rt.BOOL),
            _rt.Field("default_password_changed", "default_password_changed", _rt.BOOL),
            _rt.Field("enterprise", "enterprise", _rt.UUID_),
            _rt.Field("groups", "groups", _rt.list_of(_rt.STR)),
            _rt.Field("is_customer", "is_customer", _rt.BOOL),
            _rt.Field("is_developer", "is_developer", _rt.BOOL),
            _rt.Field("is_endpoint_creator", "is_endpoint_creator", _rt.BOOL),
            _rt.Field(
                "role",
                "role",
                _rt.enum(
                    "UserProfileCreateRole",
                    ["Enterprise Admin", "Enterprise User", "Group Admin", "Group Viewer", "Shoonya Admin", "Viewer"],
                ),
            ),
            _rt.Field("setup_wizard_complete", "setup_wizard_complete", _rt.BOOL),
        ),
        _rt.ANY,
    )


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
