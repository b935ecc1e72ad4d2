from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_permission_grant_state import AppPermissionGrantState, check_app_permission_grant_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppPermission")


@_attrs_define
class AppPermission:
    """
    Attributes:
        enterprise (str):
        permission (str):
        app_version (str | Unset):
        created_on (datetime.datetime | Unset):
        grant_state (AppPermissionGrantState | Unset):
        id (UUID | Unset):
        is_active (bool | Unset):
        updated_on (datetime.datetime | Unset):
    """

    enterprise: str
    permission: str
    app_version: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    grant_state: AppPermissionGrantState | Unset = UNSET
    id: UUID | Unset = UNSET
    is_active: bool | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enterprise = self.enterprise

        permission = self.permission

        app_version = self.app_version

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        grant_state: str | Unset = UNSET
        if not isinstance(self.grant_state, Unset):
            grant_state = self.grant_state

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_active = self.is_active

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enterprise": enterprise,
                "permission": permission,
            }
        )
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if grant_state is not UNSET:
            field_dict["grant_state"] = grant_state
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enterprise = d.pop("enterprise")

        permission = d.pop("permission")

        app_version = d.pop("app_version", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _grant_state = d.pop("grant_state", UNSET)
        grant_state: AppPermissionGrantState | Unset
        if isinstance(_grant_state, Unset):
            grant_state = UNSET
        else:
            grant_state = check_app_permission_grant_state(_grant_state)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_active = d.pop("is_active", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        app_permission = cls(
            enterprise=enterprise,
            permission=permission,
            app_version=app_version,
            created_on=created_on,
            grant_state=grant_state,
            id=id,
            is_active=is_active,
            updated_on=updated_on,
        )

        app_permission.additional_properties = d
        return app_permission

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
