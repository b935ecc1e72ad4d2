from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.update_different_user_request_role import (
    UpdateDifferentUserRequestRole,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """UpdateDifferentUserRequest's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("groups", "groups", _rt.list_of(_rt.STR), required=True),
            _rt.Field(
                "role",
                "role",
                _rt.enum(
                    "UpdateDifferentUserRequestRole",
                    [
                        "AuthZ Role User",
                        "Enterprise Admin",
                        "Enterprise User",
                        "Group Admin",
                        "Group Viewer",
                        "Shoonya Admin",
                        "Viewer",
                    ],
                ),
                required=True,
            ),
            _rt.Field("authz_role_id", "authz_role_id", _rt.UUID_),
            _rt.Field("can_factory_reset", "can_factory_reset", _rt.BOOL),
            _rt.Field("has_all_group_access", "has_all_group_access", _rt.BOOL),
        ),
        _rt.ANY,
    )


@_attrs_define
class UpdateDifferentUserRequest:
    """
    Attributes:
        groups (list[str]): The device groups (their ids) the user may manage.
        role (UpdateDifferentUserRequestRole): The user's built-in role.
        authz_role_id (UUID | Unset): The custom role (its id) to give the user, with role 'AuthZ Role User'.
        can_factory_reset (bool | Unset): Whether the user may factory-reset devices.
        has_all_group_access (bool | Unset): Whether the user may manage every group, whatever groups says.
    """

    groups: list[str]
    role: UpdateDifferentUserRequestRole
    authz_role_id: UUID | Unset = UNSET
    can_factory_reset: bool | Unset = UNSET
    has_all_group_access: bool | Unset = UNSET
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
