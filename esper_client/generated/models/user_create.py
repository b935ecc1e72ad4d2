from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_profile_create import UserProfileCreate


T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """
    Attributes:
        profile (UserProfileCreate):
        username (str):
        email (str | Unset):
        first_name (str | Unset):
        is_active (bool | Unset):
        last_name (str | Unset):
        password (str | Unset):
    """

    profile: UserProfileCreate
    username: str
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile = self.profile.to_dict()

        username = self.username

        email = self.email

        first_name = self.first_name

        is_active = self.is_active

        last_name = self.last_name

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile": profile,
                "username": username,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (UserProfileCreate,) = _nested_models()

        d = dict(src_dict)
        profile = UserProfileCreate.from_dict(d.pop("profile"))

        username = d.pop("username")

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        is_active = d.pop("is_active", UNSET)

        last_name = d.pop("last_name", UNSET)

        password = d.pop("password", UNSET)

        user_create = cls(
            profile=profile,
            username=username,
            email=email,
            first_name=first_name,
            is_active=is_active,
            last_name=last_name,
            password=password,
        )

        user_create.additional_properties = d
        return user_create

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
