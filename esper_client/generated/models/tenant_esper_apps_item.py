from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """TenantEsperAppsItem's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("app_download_url", "app_download_url", _rt.STR),
            _rt.Field("app_id", "app_id", _rt.STR),
            _rt.Field("app_sha256_hash", "app_sha256_hash", _rt.STR),
            _rt.Field("app_version_id", "app_version_id", _rt.STR),
            _rt.Field("architecture", "architecture", _rt.STR),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("package_name", "package_name", _rt.STR),
            _rt.Field("signature_hash", "signature_hash", _rt.STR),
            _rt.Field("tenant_id", "tenant_id", _rt.STR),
            _rt.Field("version_code", "version_code", _rt.STR),
        ),
        _rt.ANY,
    )


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
