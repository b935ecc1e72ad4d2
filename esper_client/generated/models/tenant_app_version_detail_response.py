from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_app_version_response_app_type import (
    TenantAppVersionResponseAppType,
    check_tenant_app_version_response_app_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantAppVersionDetailResponse")


@_attrs_define
class TenantAppVersionDetailResponse:
    """
    Attributes:
        app_icon_url (str | Unset):
        app_id (str | Unset):
        app_name (str | Unset):
        app_type (TenantAppVersionResponseAppType | Unset):
        build_number (str | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        description (str | Unset):
        device_family (list[str] | Unset):
        file_size_in_kb (int | Unset):
        id (str | Unset):
        min_sdk_version (str | Unset):
        release_notes (str | Unset):
        tenant_id (str | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        version_code (str | Unset):
        version_name (str | Unset):
        app_download_url (str | Unset):
        app_sha256_hash (str | Unset):
        product_code (str | Unset):
    """

    app_icon_url: str | Unset = UNSET
    app_id: str | Unset = UNSET
    app_name: str | Unset = UNSET
    app_type: TenantAppVersionResponseAppType | Unset = UNSET
    build_number: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    description: str | Unset = UNSET
    device_family: list[str] | Unset = UNSET
    file_size_in_kb: int | Unset = UNSET
    id: str | Unset = UNSET
    min_sdk_version: str | Unset = UNSET
    release_notes: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    version_code: str | Unset = UNSET
    version_name: str | Unset = UNSET
    app_download_url: str | Unset = UNSET
    app_sha256_hash: str | Unset = UNSET
    product_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_icon_url = self.app_icon_url

        app_id = self.app_id

        app_name = self.app_name

        app_type: str | Unset = UNSET
        if not isinstance(self.app_type, Unset):
            app_type = self.app_type

        build_number = self.build_number

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        description = self.description

        device_family: list[str] | Unset = UNSET
        if not isinstance(self.device_family, Unset):
            device_family = self.device_family

        file_size_in_kb = self.file_size_in_kb

        id = self.id

        min_sdk_version = self.min_sdk_version

        release_notes = self.release_notes

        tenant_id = self.tenant_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        version_code = self.version_code

        version_name = self.version_name

        app_download_url = self.app_download_url

        app_sha256_hash = self.app_sha256_hash

        product_code = self.product_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_icon_url is not UNSET:
            field_dict["app_icon_url"] = app_icon_url
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_type is not UNSET:
            field_dict["app_type"] = app_type
        if build_number is not UNSET:
            field_dict["build_number"] = build_number
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if description is not UNSET:
            field_dict["description"] = description
        if device_family is not UNSET:
            field_dict["device_family"] = device_family
        if file_size_in_kb is not UNSET:
            field_dict["file_size_in_kb"] = file_size_in_kb
        if id is not UNSET:
            field_dict["id"] = id
        if min_sdk_version is not UNSET:
            field_dict["min_sdk_version"] = min_sdk_version
        if release_notes is not UNSET:
            field_dict["release_notes"] = release_notes
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if version_code is not UNSET:
            field_dict["version_code"] = version_code
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if app_download_url is not UNSET:
            field_dict["app_download_url"] = app_download_url
        if app_sha256_hash is not UNSET:
            field_dict["app_sha256_hash"] = app_sha256_hash
        if product_code is not UNSET:
            field_dict["product_code"] = product_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_icon_url = d.pop("app_icon_url", UNSET)

        app_id = d.pop("app_id", UNSET)

        app_name = d.pop("app_name", UNSET)

        _app_type = d.pop("app_type", UNSET)
        app_type: TenantAppVersionResponseAppType | Unset
        if isinstance(_app_type, Unset):
            app_type = UNSET
        else:
            app_type = check_tenant_app_version_response_app_type(_app_type)

        build_number = d.pop("build_number", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        description = d.pop("description", UNSET)

        device_family = cast(list[str], d.pop("device_family", UNSET))

        file_size_in_kb = d.pop("file_size_in_kb", UNSET)

        id = d.pop("id", UNSET)

        min_sdk_version = d.pop("min_sdk_version", UNSET)

        release_notes = d.pop("release_notes", UNSET)

        tenant_id = d.pop("tenant_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        version_code = d.pop("version_code", UNSET)

        version_name = d.pop("version_name", UNSET)

        app_download_url = d.pop("app_download_url", UNSET)

        app_sha256_hash = d.pop("app_sha256_hash", UNSET)

        product_code = d.pop("product_code", UNSET)

        tenant_app_version_detail_response = cls(
            app_icon_url=app_icon_url,
            app_id=app_id,
            app_name=app_name,
            app_type=app_type,
            build_number=build_number,
            created_at=created_at,
            created_by=created_by,
            description=description,
            device_family=device_family,
            file_size_in_kb=file_size_in_kb,
            id=id,
            min_sdk_version=min_sdk_version,
            release_notes=release_notes,
            tenant_id=tenant_id,
            updated_at=updated_at,
            updated_by=updated_by,
            version_code=version_code,
            version_name=version_name,
            app_download_url=app_download_url,
            app_sha256_hash=app_sha256_hash,
            product_code=product_code,
        )

        tenant_app_version_detail_response.additional_properties = d
        return tenant_app_version_detail_response

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
