from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.patch_app_version_body_approval_status import (
    PatchAppVersionBodyApprovalStatus,
)
from ..models.patch_app_version_body_release_track import (
    PatchAppVersionBodyReleaseTrack,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """PatchAppVersionBody's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field(
                "approval_status",
                "approval_status",
                _rt.enum("PatchAppVersionBodyApprovalStatus", ["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"]),
            ),
            _rt.Field("build_number", "build_number", _rt.STR),
            _rt.Field("is_default", "is_default", _rt.BOOL),
            _rt.Field("is_enabled", "is_enabled", _rt.BOOL),
            _rt.Field("min_sdk_version", "min_sdk_version", _rt.STR),
            _rt.Field("release_comments", "release_comments", _rt.STR),
            _rt.Field("release_name", "release_name", _rt.STR),
            _rt.Field(
                "release_track",
                "release_track",
                _rt.enum("PatchAppVersionBodyReleaseTrack", ["Alpha", "Beta", "Production"]),
            ),
            _rt.Field("target_sdk_version", "target_sdk_version", _rt.STR),
            _rt.Field("version_code", "version_code", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class PatchAppVersionBody:
    """
    Attributes:
        approval_status (PatchAppVersionBodyApprovalStatus | Unset): The version's approval status.
        build_number (str | Unset): The version's build number.
        is_default (bool | Unset): Whether this version is the app's default one.
        is_enabled (bool | Unset): Whether the version can be used.
        min_sdk_version (str | Unset): Lowest Android SDK level the version runs on.
        release_comments (str | Unset): Free-text notes about the release.
        release_name (str | Unset): Name given to the release.
        release_track (PatchAppVersionBodyReleaseTrack | Unset): Release track the version is published on.
        target_sdk_version (str | Unset): Android SDK level the version is built for.
        version_code (str | Unset): The version's version code.
    """

    approval_status: PatchAppVersionBodyApprovalStatus | Unset = UNSET
    build_number: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    min_sdk_version: str | Unset = UNSET
    release_comments: str | Unset = UNSET
    release_name: str | Unset = UNSET
    release_track: PatchAppVersionBodyReleaseTrack | Unset = UNSET
    target_sdk_version: str | Unset = UNSET
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
