from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_profile_create import UserProfileCreate


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """UserCreate's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.user_profile_create import UserProfileCreate  # noqa: PLC0415

    return (
        (
            _rt.Field("profile", "profile", _rt.model(UserProfileCreate), required=True),
            _rt.Field("username", "username", _rt.STR, required=True),
            _rt.Field("email", "email", _rt.STR),
            _rt.Field("first_name", "first_name", _rt.STR),
            _rt.Field("is_active", "is_active", _rt.BOOL),
            _rt.Field("last_name", "last_name", _rt.STR),
            _rt.Field("password", "password", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class UserCreate:
    """
    Attributes:
        profile (UserProfileCreate): The user's enterprise, role, groups and permissions.
        username (str): The name the user signs in with.
        email (str | Unset): The user's e-mail address.
        first_name (str | Unset): The user's first name.
        is_active (bool | Unset): Whether the user may sign in.
        last_name (str | Unset): The user's last name.
        password (str | Unset): The user's password.
    """

    profile: UserProfileCreate
    username: str
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    password: str | Unset = UNSET
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
