from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_apps_response_app_type import DeviceAppsResponseAppType, check_device_apps_response_app_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceAppsResponse")


@_attrs_define
class DeviceAppsResponse:
    """
    Attributes:
        app_id (UUID | Unset):
        app_type (DeviceAppsResponseAppType | Unset):
        app_version_id (UUID | Unset):
        base64_app_config (str | Unset):
        created_at (datetime.datetime | Unset):
        device_id (UUID | Unset):
        id (UUID | Unset):
        tenant_id (UUID | Unset):
        updated_at (datetime.datetime | Unset):
    """

    app_id: UUID | Unset = UNSET
    app_type: DeviceAppsResponseAppType | Unset = UNSET
    app_version_id: UUID | Unset = UNSET
    base64_app_config: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    device_id: UUID | Unset = UNSET
    id: UUID | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id: str | Unset = UNSET
        if not isinstance(self.app_id, Unset):
            app_id = str(self.app_id)

        app_type: str | Unset = UNSET
        if not isinstance(self.app_type, Unset):
            app_type = self.app_type

        app_version_id: str | Unset = UNSET
        if not isinstance(self.app_version_id, Unset):
            app_version_id = str(self.app_version_id)

        base64_app_config = self.base64_app_config

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        device_id: str | Unset = UNSET
        if not isinstance(self.device_id, Unset):
            device_id = str(self.device_id)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_type is not UNSET:
            field_dict["app_type"] = app_type
        if app_version_id is not UNSET:
            field_dict["app_version_id"] = app_version_id
        if base64_app_config is not UNSET:
            field_dict["base64_app_config"] = base64_app_config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if id is not UNSET:
            field_dict["id"] = id
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _app_id = d.pop("app_id", UNSET)
        app_id: UUID | Unset
        if isinstance(_app_id, Unset):
            app_id = UNSET
        else:
            app_id = UUID(_app_id)

        _app_type = d.pop("app_type", UNSET)
        app_type: DeviceAppsResponseAppType | Unset
        if isinstance(_app_type, Unset):
            app_type = UNSET
        else:
            app_type = check_device_apps_response_app_type(_app_type)

        _app_version_id = d.pop("app_version_id", UNSET)
        app_version_id: UUID | Unset
        if isinstance(_app_version_id, Unset):
            app_version_id = UNSET
        else:
            app_version_id = UUID(_app_version_id)

        base64_app_config = d.pop("base64_app_config", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _device_id = d.pop("device_id", UNSET)
        device_id: UUID | Unset
        if isinstance(_device_id, Unset):
            device_id = UNSET
        else:
            device_id = UUID(_device_id)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _tenant_id = d.pop("tenant_id", UNSET)
        tenant_id: UUID | Unset
        if isinstance(_tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        device_apps_response = cls(
            app_id=app_id,
            app_type=app_type,
            app_version_id=app_version_id,
            base64_app_config=base64_app_config,
            created_at=created_at,
            device_id=device_id,
            id=id,
            tenant_id=tenant_id,
            updated_at=updated_at,
        )

        device_apps_response.additional_properties = d
        return device_apps_response

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
