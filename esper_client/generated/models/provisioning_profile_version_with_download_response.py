from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """ProvisioningProfileVersionWithDownloadResponse's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("creation_date", "creation_date", _rt.DATETIME),
            _rt.Field("developer_certificates", "developer_certificates", _rt.STR),
            _rt.Field("download_url", "download_url", _rt.STR),
            _rt.Field("entitlements", "entitlements", _rt.STR),
            _rt.Field("expiration_date", "expiration_date", _rt.DATETIME),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("is_xcode_managed", "is_xcode_managed", _rt.BOOL),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("platforms", "platforms", _rt.STR),
            _rt.Field("profile_id", "profile_id", _rt.UUID_),
            _rt.Field("provisions_all_devices", "provisions_all_devices", _rt.BOOL),
            _rt.Field("sha256_hash", "sha256_hash", _rt.STR),
            _rt.Field("tenant_id", "tenant_id", _rt.UUID_),
            _rt.Field("time_to_live", "time_to_live", _rt.INT),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.STR),
            _rt.Field("uuid", "uuid", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class ProvisioningProfileVersionWithDownloadResponse:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        creation_date (datetime.datetime | Unset):
        developer_certificates (str | Unset):
        download_url (str | Unset):
        entitlements (str | Unset):
        expiration_date (datetime.datetime | Unset):
        id (UUID | Unset):
        is_xcode_managed (bool | Unset):
        name (str | Unset):
        platforms (str | Unset):
        profile_id (UUID | Unset):
        provisions_all_devices (bool | Unset):
        sha256_hash (str | Unset):
        tenant_id (UUID | Unset):
        time_to_live (int | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        uuid (str | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    developer_certificates: str | Unset = UNSET
    download_url: str | Unset = UNSET
    entitlements: str | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    id: UUID | Unset = UNSET
    is_xcode_managed: bool | Unset = UNSET
    name: str | Unset = UNSET
    platforms: str | Unset = UNSET
    profile_id: UUID | Unset = UNSET
    provisions_all_devices: bool | Unset = UNSET
    sha256_hash: str | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    time_to_live: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    uuid: str | Unset = UNSET
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
