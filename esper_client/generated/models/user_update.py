from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_profile_create import UserProfileCreate


T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """
    Attributes:
        email (str | Unset):
        first_name (str | Unset):
        is_active (bool | Unset):
        last_name (str | Unset):
        password (str | Unset):
        profile (UserProfileCreate | Unset):
        username (str | Unset):
    """

    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    password: str | Unset = UNSET
    profile: UserProfileCreate | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        is_active = self.is_active

        last_name = self.last_name

        password = self.password

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if password is not UNSET:
            field_dict["password"] = password
        if profile is not UNSET:
            field_dict["profile"] = profile
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (UserProfileCreate,) = _nested_models()

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        is_active = d.pop("is_active", UNSET)

        last_name = d.pop("last_name", UNSET)

        password = d.pop("password", UNSET)

        _profile = d.pop("profile", UNSET)
        profile: UserProfileCreate | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = UserProfileCreate.from_dict(_profile)

        username = d.pop("username", UNSET)

        user_update = cls(
            email=email,
            first_name=first_name,
            is_active=is_active,
            last_name=last_name,
            password=password,
            profile=profile,
            username=username,
        )

        user_update.additional_properties = d
        return user_update

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
def _nested_models() -> tuple[type[UserProfileCreate],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.user_profile_create import UserProfileCreate  # noqa: PLC0415

    return (UserProfileCreate,)
