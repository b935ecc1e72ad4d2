from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """ApplicationVersion's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field(
                "build_number",
                "build_number",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("download_url", "download_url", _rt.STR),
            _rt.Field("hash_string", "hash_string", _rt.STR),
            _rt.Field("icon_url", "icon_url", _rt.STR),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field(
                "min_sdk_version",
                "min_sdk_version",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("release_comments", "release_comments", _rt.STR),
            _rt.Field("release_name", "release_name", _rt.STR),
            _rt.Field(
                "target_sdk_version",
                "target_sdk_version",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("version_code", "version_code", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class ApplicationVersion:
    """
    Attributes:
        build_number (None | str | Unset):
        download_url (str | Unset):
        hash_string (str | Unset):
        icon_url (str | Unset):
        id (UUID | Unset):
        min_sdk_version (None | str | Unset):
        release_comments (str | Unset):
        release_name (str | Unset):
        target_sdk_version (None | str | Unset):
        version_code (str | Unset):
    """

    build_number: None | str | Unset = UNSET
    download_url: str | Unset = UNSET
    hash_string: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    id: UUID | Unset = UNSET
    min_sdk_version: None | str | Unset = UNSET
    release_comments: str | Unset = UNSET
    release_name: str | Unset = UNSET
    target_sdk_version: None | str | Unset = UNSET
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
