from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_user_invite_create_response_meta import TenantUserInviteCreateResponseMeta


T = TypeVar("T", bound="TenantUserInviteCreateResponse")


@_attrs_define
class TenantUserInviteCreateResponse:
    """
    Attributes:
        connection_id (str | Unset):
        created_at (datetime.datetime | Unset):
        email (str | Unset):
        id (str | Unset):
        idp_invite_id (str | Unset):
        invitation_url (str | Unset):
        meta (TenantUserInviteCreateResponseMeta | Unset):
        send_invitation_email (bool | Unset):
        tenant_id (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    connection_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    email: str | Unset = UNSET
    id: str | Unset = UNSET
    idp_invite_id: str | Unset = UNSET
    invitation_url: str | Unset = UNSET
    meta: TenantUserInviteCreateResponseMeta | Unset = UNSET
    send_invitation_email: bool | Unset = UNSET
    tenant_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        email = self.email

        id = self.id

        idp_invite_id = self.idp_invite_id

        invitation_url = self.invitation_url

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        send_invitation_email = self.send_invitation_email

        tenant_id = self.tenant_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if idp_invite_id is not UNSET:
            field_dict["idp_invite_id"] = idp_invite_id
        if invitation_url is not UNSET:
            field_dict["invitation_url"] = invitation_url
        if meta is not UNSET:
            field_dict["meta"] = meta
        if send_invitation_email is not UNSET:
            field_dict["send_invitation_email"] = send_invitation_email
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (TenantUserInviteCreateResponseMeta,) = _nested_models()

        d = dict(src_dict)
        connection_id = d.pop("connection_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        idp_invite_id = d.pop("idp_invite_id", UNSET)

        invitation_url = d.pop("invitation_url", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: TenantUserInviteCreateResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = TenantUserInviteCreateResponseMeta.from_dict(_meta)

        send_invitation_email = d.pop("send_invitation_email", UNSET)

        tenant_id = d.pop("tenant_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        tenant_user_invite_create_response = cls(
            connection_id=connection_id,
            created_at=created_at,
            email=email,
            id=id,
            idp_invite_id=idp_invite_id,
            invitation_url=invitation_url,
            meta=meta,
            send_invitation_email=send_invitation_email,
            tenant_id=tenant_id,
            updated_at=updated_at,
        )

        tenant_user_invite_create_response.additional_properties = d
        return tenant_user_invite_create_response

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
def _nested_models() -> tuple[type[TenantUserInviteCreateResponseMeta],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.tenant_user_invite_create_response_meta import TenantUserInviteCreateResponseMeta  # noqa: PLC0415

    return (TenantUserInviteCreateResponseMeta,)
