from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_user_invite_meta import TenantUserInviteMeta


T = TypeVar("T", bound="TenantUserInviteRequest")


@_attrs_define
class TenantUserInviteRequest:
    """
    Attributes:
        email (str):
        meta (TenantUserInviteMeta):
        connection_id (str | Unset):
    """

    email: str
    meta: TenantUserInviteMeta
    connection_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        meta = self.meta.to_dict()

        connection_id = self.connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "meta": meta,
            }
        )
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (TenantUserInviteMeta,) = _nested_models()

        d = dict(src_dict)
        email = d.pop("email")

        meta = TenantUserInviteMeta.from_dict(d.pop("meta"))

        connection_id = d.pop("connection_id", UNSET)

        tenant_user_invite_request = cls(
            email=email,
            meta=meta,
            connection_id=connection_id,
        )

        tenant_user_invite_request.additional_properties = d
        return tenant_user_invite_request

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
def _nested_models() -> tuple[type[TenantUserInviteMeta],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.tenant_user_invite_meta import TenantUserInviteMeta  # noqa: PLC0415

    return (TenantUserInviteMeta,)
