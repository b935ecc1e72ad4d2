from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """AppInfo's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("app_id", "app_id", _rt.STR),
            _rt.Field("app_type", "app_type", _rt.STR),
            _rt.Field("app_version_id", "app_version_id", _rt.STR),
            _rt.Field("build_number", "build_number", _rt.STR),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("description", "description", _rt.STR),
            _rt.Field("file_size_in_kb", "file_size_in_kb", _rt.INT),
            _rt.Field("icon_url", "icon_url", _rt.STR),
            _rt.Field("is_full_screen", "is_full_screen", _rt.BOOL),
            _rt.Field("is_removable", "is_removable", _rt.BOOL),
            _rt.Field("label", "label", _rt.STR),
            _rt.Field("min_sdk_version", "min_sdk_version", _rt.STR),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("package_name", "package_name", _rt.STR),
            _rt.Field("release_notes", "release_notes", _rt.STR),
            _rt.Field("tenant_id", "tenant_id", _rt.STR),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.STR),
            _rt.Field("url", "url", _rt.STR),
            _rt.Field("version_code", "version_code", _rt.STR),
            _rt.Field("version_name", "version_name", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class AppInfo:
    """
    Attributes:
        app_id (str | Unset):
        app_type (str | Unset):
        app_version_id (str | Unset):
        build_number (str | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        description (str | Unset):
        file_size_in_kb (int | Unset):
        icon_url (str | Unset):
        is_full_screen (bool | Unset):
        is_removable (bool | Unset):
        label (str | Unset):
        min_sdk_version (str | Unset):
        name (str | Unset):
        package_name (str | Unset):
        release_notes (str | Unset):
        tenant_id (str | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        url (str | Unset):
        version_code (str | Unset):
        version_name (str | Unset):
    """

    app_id: str | Unset = UNSET
    app_type: str | Unset = UNSET
    app_version_id: str | Unset = UNSET
    build_number: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    description: str | Unset = UNSET
    file_size_in_kb: int | Unset = UNSET
    icon_url: str | Unset = UNSET
    is_full_screen: bool | Unset = UNSET
    is_removable: bool | Unset = UNSET
    label: str | Unset = UNSET
    min_sdk_version: str | Unset = UNSET
    name: str | Unset = UNSET
    package_name: str | Unset = UNSET
    release_notes: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    url: str | Unset = UNSET
    version_code: str | Unset = UNSET
    version_name: str | Unset = UNSET
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
