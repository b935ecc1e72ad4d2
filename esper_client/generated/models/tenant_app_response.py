from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_app_response_platform import TenantAppResponsePlatform, check_tenant_app_response_platform
from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantAppResponse")


@_attrs_define
class TenantAppResponse:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        id (str | Unset):
        package_name (str | Unset):
        platform (TenantAppResponsePlatform | Unset):
        tenant_id (str | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    id: str | Unset = UNSET
    package_name: str | Unset = UNSET
    platform: TenantAppResponsePlatform | Unset = UNSET
    tenant_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        id = self.id

        package_name = self.package_name

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform

        tenant_id = self.tenant_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if id is not UNSET:
            field_dict["id"] = id
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        id = d.pop("id", UNSET)

        package_name = d.pop("package_name", UNSET)

        _platform = d.pop("platform", UNSET)
        platform: TenantAppResponsePlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = check_tenant_app_response_platform(_platform)

        tenant_id = d.pop("tenant_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        tenant_app_response = cls(
            created_at=created_at,
            created_by=created_by,
            id=id,
            package_name=package_name,
            platform=platform,
            tenant_id=tenant_id,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        tenant_app_response.additional_properties = d
        return tenant_app_response

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
