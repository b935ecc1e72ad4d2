from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tenant_user_invite_meta_profile import TenantUserInviteMetaProfile


T = TypeVar("T", bound="TenantUserInviteMeta")


@_attrs_define
class TenantUserInviteMeta:
    """
    Attributes:
        email (str):
        profile (TenantUserInviteMetaProfile):
    """

    email: str
    profile: TenantUserInviteMetaProfile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        profile = self.profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "profile": profile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (TenantUserInviteMetaProfile,) = _nested_models()

        d = dict(src_dict)
        email = d.pop("email")

        profile = TenantUserInviteMetaProfile.from_dict(d.pop("profile"))

        tenant_user_invite_meta = cls(
            email=email,
            profile=profile,
        )

        tenant_user_invite_meta.additional_properties = d
        return tenant_user_invite_meta

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
def _nested_models() -> tuple[type[TenantUserInviteMetaProfile],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.tenant_user_invite_meta_profile import TenantUserInviteMetaProfile  # noqa: PLC0415

    return (TenantUserInviteMetaProfile,)
