from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.app_version_v1_approval_status import AppVersionV1ApprovalStatus
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """AppVersionV1's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("enterprise", "enterprise", _rt.STR, required=True),
            _rt.Field(
                "version_code",
                "version_code",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field(
                "app_file",
                "app_file",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "app_icon",
                "app_icon",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("application", "application", _rt.STR),
            _rt.Field(
                "approval_status",
                "approval_status",
                _rt.enum("AppVersionV1ApprovalStatus", ["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"]),
            ),
            _rt.Field(
                "build_number",
                "build_number",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("installed_count", "installed_count", _rt.INT),
            _rt.Field("is_default", "is_default", _rt.BOOL),
            _rt.Field("is_g_play", "is_g_play", _rt.BOOL),
            _rt.Field(
                "min_sdk_version",
                "min_sdk_version",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "release_comments",
                "release_comments",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("release_date", "release_date", _rt.DATETIME),
            _rt.Field(
                "release_name",
                "release_name",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("size_in_mb", "size_in_mb", _rt.FLOAT),
        ),
        _rt.ANY,
    )


@_attrs_define
class AppVersionV1:
    """
    Attributes:
        enterprise (str):
        version_code (None | str):
        app_file (None | str | Unset):
        app_icon (None | str | Unset):
        application (str | Unset):
        approval_status (AppVersionV1ApprovalStatus | Unset):  Default: 'APPROVED'.
        build_number (None | str | Unset):
        created_on (datetime.datetime | Unset):
        id (UUID | Unset):
        installed_count (int | Unset):
        is_default (bool | Unset):  Default: False.
        is_g_play (bool | Unset):
        min_sdk_version (None | str | Unset):
        release_comments (None | str | Unset):
        release_date (datetime.datetime | Unset):
        release_name (None | str | Unset):
        size_in_mb (float | Unset):
    """

    enterprise: str
    version_code: None | str
    app_file: None | str | Unset = UNSET
    app_icon: None | str | Unset = UNSET
    application: str | Unset = UNSET
    approval_status: AppVersionV1ApprovalStatus | Unset = "APPROVED"
    build_number: None | str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    id: UUID | Unset = UNSET
    installed_count: int | Unset = UNSET
    is_default: bool | Unset = False
    is_g_play: bool | Unset = UNSET
    min_sdk_version: None | str | Unset = UNSET
    release_comments: None | str | Unset = UNSET
    release_date: datetime.datetime | Unset = UNSET
    release_name: None | str | Unset = UNSET
    size_in_mb: float | Unset = UNSET
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
