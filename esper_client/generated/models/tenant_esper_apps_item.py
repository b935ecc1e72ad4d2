from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantEsperAppsItem")


@_attrs_define
class TenantEsperAppsItem:
    """
    Attributes:
        app_download_url (str | Unset):
        app_id (str | Unset):
        app_sha256_hash (str | Unset):
        app_version_id (str | Unset):
        architecture (str | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        package_name (str | Unset):
        signature_hash (str | Unset):
        tenant_id (str | Unset):
        version_code (str | Unset):
    """

    app_download_url: str | Unset = UNSET
    app_id: str | Unset = UNSET
    app_sha256_hash: str | Unset = UNSET
    app_version_id: str | Unset = UNSET
    architecture: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    package_name: str | Unset = UNSET
    signature_hash: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    version_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_download_url = self.app_download_url

        app_id = self.app_id

        app_sha256_hash = self.app_sha256_hash

        app_version_id = self.app_version_id

        architecture = self.architecture

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        package_name = self.package_name

        signature_hash = self.signature_hash

        tenant_id = self.tenant_id

        version_code = self.version_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_download_url is not UNSET:
            field_dict["app_download_url"] = app_download_url
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_sha256_hash is not UNSET:
            field_dict["app_sha256_hash"] = app_sha256_hash
        if app_version_id is not UNSET:
            field_dict["app_version_id"] = app_version_id
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if signature_hash is not UNSET:
            field_dict["signature_hash"] = signature_hash
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if version_code is not UNSET:
            field_dict["version_code"] = version_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_download_url = d.pop("app_download_url", UNSET)

        app_id = d.pop("app_id", UNSET)

        app_sha256_hash = d.pop("app_sha256_hash", UNSET)

        app_version_id = d.pop("app_version_id", UNSET)

        architecture = d.pop("architecture", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        package_name = d.pop("package_name", UNSET)

        signature_hash = d.pop("signature_hash", UNSET)

        tenant_id = d.pop("tenant_id", UNSET)

        version_code = d.pop("version_code", UNSET)

        tenant_esper_apps_item = cls(
            app_download_url=app_download_url,
            app_id=app_id,
            app_sha256_hash=app_sha256_hash,
            app_version_id=app_version_id,
            architecture=architecture,
            created_at=created_at,
            created_by=created_by,
            package_name=package_name,
            signature_hash=signature_hash,
            tenant_id=tenant_id,
            version_code=version_code,
        )

        tenant_esper_apps_item.additional_properties = d
        return tenant_esper_apps_item

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
