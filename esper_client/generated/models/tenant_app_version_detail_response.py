from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.tenant_app_version_response_app_type import (
    TenantAppVersionResponseAppType,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """TenantAppVersionDetailResponse's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("app_icon_url", "app_icon_url", _rt.STR),
            _rt.Field("app_id", "app_id", _rt.STR),
            _rt.Field("app_name", "app_name", _rt.STR),
            _rt.Field(
                "app_type", "app_type", _rt.enum("TenantAppVersionResponseAppType", ["TENANT_IOS", "TENANT_WINDOWS"])
            ),
            _rt.Field("build_number", "build_number", _rt.STR),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("description", "description", _rt.STR),
            _rt.Field("device_family", "device_family", _rt.list_of(_rt.STR)),
            _rt.Field("file_size_in_kb", "file_size_in_kb", _rt.INT),
            _rt.Field("id", "id", _rt.STR),
            _rt.Field("min_sdk_version", "min_sdk_version", _rt.STR),
            _rt.Field("release_notes", "release_notes", _rt.STR),
            _rt.Field("tenant_id", "tenant_id", _rt.STR),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.STR),
            _rt.Field("version_code", "version_code", _rt.STR),
            _rt.Field("version_name", "version_name", _rt.STR),
            _rt.Field("app_download_url", "app_download_url", _rt.STR),
            _rt.Field("app_sha256_hash", "app_sha256_hash", _rt.STR),
            _rt.Field("product_code", "product_code", _rt.STR),
        ),
        _rt.ANY,
    )


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

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
