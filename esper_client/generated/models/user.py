from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emm import EMM
    from ..models.user_profile import UserProfile


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        email (str | Unset):
        emm (EMM | Unset):
        first_name (str | Unset):
        full_name (str | Unset):
        has_emm (bool | Unset):
        id (int | Unset):
        is_active (bool | Unset):
        is_email_verified (bool | Unset):
        is_staff (bool | Unset):
        is_superuser (bool | Unset):
        last_login (str | Unset):
        last_name (str | Unset):
        profile (UserProfile | Unset):
        token (str | Unset):
        username (str | Unset):
    """

    email: str | Unset = UNSET
    emm: EMM | Unset = UNSET
    first_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    has_emm: bool | Unset = UNSET
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_email_verified: bool | Unset = UNSET
    is_staff: bool | Unset = UNSET
    is_superuser: bool | Unset = UNSET
    last_login: str | Unset = UNSET
    last_name: str | Unset = UNSET
    profile: UserProfile | Unset = UNSET
    token: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        emm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emm, Unset):
            emm = self.emm.to_dict()

        first_name = self.first_name

        full_name = self.full_name

        has_emm = self.has_emm

        id = self.id

        is_active = self.is_active

        is_email_verified = self.is_email_verified

        is_staff = self.is_staff

        is_superuser = self.is_superuser

        last_login = self.last_login

        last_name = self.last_name

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        token = self.token

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if emm is not UNSET:
            field_dict["emm"] = emm
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if has_emm is not UNSET:
            field_dict["has_emm"] = has_emm
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_email_verified is not UNSET:
            field_dict["is_email_verified"] = is_email_verified
        if is_staff is not UNSET:
            field_dict["is_staff"] = is_staff
        if is_superuser is not UNSET:
            field_dict["is_superuser"] = is_superuser
        if last_login is not UNSET:
            field_dict["last_login"] = last_login
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if profile is not UNSET:
            field_dict["profile"] = profile
        if token is not UNSET:
            field_dict["token"] = token
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            EMM,
            UserProfile,
        ) = _nested_models()

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        _emm = d.pop("emm", UNSET)
        emm: EMM | Unset
        if isinstance(_emm, Unset):
            emm = UNSET
        else:
            emm = EMM.from_dict(_emm)

        first_name = d.pop("first_name", UNSET)

        full_name = d.pop("full_name", UNSET)

        has_emm = d.pop("has_emm", UNSET)

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        is_email_verified = d.pop("is_email_verified", UNSET)

        is_staff = d.pop("is_staff", UNSET)

        is_superuser = d.pop("is_superuser", UNSET)

        last_login = d.pop("last_login", UNSET)

        last_name = d.pop("last_name", UNSET)

        _profile = d.pop("profile", UNSET)
        profile: UserProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = UserProfile.from_dict(_profile)

        token = d.pop("token", UNSET)

        username = d.pop("username", UNSET)

        user = cls(
            email=email,
            emm=emm,
            first_name=first_name,
            full_name=full_name,
            has_emm=has_emm,
            id=id,
            is_active=is_active,
            is_email_verified=is_email_verified,
            is_staff=is_staff,
            is_superuser=is_superuser,
            last_login=last_login,
            last_name=last_name,
            profile=profile,
            token=token,
            username=username,
        )

        user.additional_properties = d
        return user

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
def _nested_models() -> tuple[
    type[EMM],
    type[UserProfile],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.emm import EMM  # noqa: PLC0415
    from ..models.user_profile import UserProfile  # noqa: PLC0415

    return (
        EMM,
        UserProfile,
    )
