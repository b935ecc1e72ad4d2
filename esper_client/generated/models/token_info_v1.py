from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenInfoV1")


@_attrs_define
class TokenInfoV1:
    """
    Attributes:
        enterprise (UUID):
        id (str):
        created_on (datetime.datetime | Unset):
        developer_app (UUID | Unset):
        expires_on (datetime.datetime | Unset):
        scope (list[str] | Unset):
        source_refresh_token (str | Unset):
        token (str | Unset):
        updated_on (datetime.datetime | Unset):
        user (str | Unset):
    """

    enterprise: UUID
    id: str
    created_on: datetime.datetime | Unset = UNSET
    developer_app: UUID | Unset = UNSET
    expires_on: datetime.datetime | Unset = UNSET
    scope: list[str] | Unset = UNSET
    source_refresh_token: str | Unset = UNSET
    token: str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enterprise = str(self.enterprise)

        id = self.id

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        developer_app: str | Unset = UNSET
        if not isinstance(self.developer_app, Unset):
            developer_app = str(self.developer_app)

        expires_on: str | Unset = UNSET
        if not isinstance(self.expires_on, Unset):
            expires_on = self.expires_on.isoformat()

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        source_refresh_token = self.source_refresh_token

        token = self.token

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enterprise": enterprise,
                "id": id,
            }
        )
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if developer_app is not UNSET:
            field_dict["developer_app"] = developer_app
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if scope is not UNSET:
            field_dict["scope"] = scope
        if source_refresh_token is not UNSET:
            field_dict["source_refresh_token"] = source_refresh_token
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
        enterprise = UUID(d.pop("enterprise"))

        id = d.pop("id")

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _developer_app = d.pop("developer_app", UNSET)
        developer_app: UUID | Unset
        if isinstance(_developer_app, Unset):
            developer_app = UNSET
        else:
            developer_app = UUID(_developer_app)

        _expires_on = d.pop("expires_on", UNSET)
        expires_on: datetime.datetime | Unset
        if isinstance(_expires_on, Unset):
            expires_on = UNSET
        else:
            expires_on = datetime.datetime.fromisoformat(_expires_on)

        scope = cast(list[str], d.pop("scope", UNSET))

        source_refresh_token = d.pop("source_refresh_token", UNSET)

        token = d.pop("token", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        user = d.pop("user", UNSET)

        token_info_v1 = cls(
            enterprise=enterprise,
            id=id,
            created_on=created_on,
            developer_app=developer_app,
            expires_on=expires_on,
            scope=scope,
            source_refresh_token=source_refresh_token,
            token=token,
            updated_on=updated_on,
            user=user,
        )

        token_info_v1.additional_properties = d
        return token_info_v1

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
