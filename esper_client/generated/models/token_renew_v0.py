from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRenewV0")


@_attrs_define
class TokenRenewV0:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        developerapp (UUID | Unset):
        enterprise (UUID | Unset):
        expires_at (datetime.datetime | Unset):
        id (str | Unset):
        scope (str | Unset):
        token (str | Unset):
        updated_on (datetime.datetime | Unset):
        user (str | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    developerapp: UUID | Unset = UNSET
    enterprise: UUID | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    scope: str | Unset = UNSET
    token: str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        developerapp: str | Unset = UNSET
        if not isinstance(self.developerapp, Unset):
            developerapp = str(self.developerapp)

        enterprise: str | Unset = UNSET
        if not isinstance(self.enterprise, Unset):
            enterprise = str(self.enterprise)

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        id = self.id

        scope = self.scope

        token = self.token

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if developerapp is not UNSET:
            field_dict["developerapp"] = developerapp
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if id is not UNSET:
            field_dict["id"] = id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if token is not UNSET:
            field_dict["token"] = token
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _developerapp = d.pop("developerapp", UNSET)
        developerapp: UUID | Unset
        if isinstance(_developerapp, Unset):
            developerapp = UNSET
        else:
            developerapp = UUID(_developerapp)

        _enterprise = d.pop("enterprise", UNSET)
        enterprise: UUID | Unset
        if isinstance(_enterprise, Unset):
            enterprise = UNSET
        else:
            enterprise = UUID(_enterprise)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        id = d.pop("id", UNSET)

        scope = d.pop("scope", UNSET)

        token = d.pop("token", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        user = d.pop("user", UNSET)

        token_renew_v0 = cls(
            created_on=created_on,
            developerapp=developerapp,
            enterprise=enterprise,
            expires_at=expires_at,
            id=id,
            scope=scope,
            token=token,
            updated_on=updated_on,
            user=user,
        )

        token_renew_v0.additional_properties = d
        return token_renew_v0

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
