from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.build_v1_build_state import BuildV1BuildState

if TYPE_CHECKING:
    from ..models.build_v1_build_job_params import BuildV1BuildJobParams
    from ..models.build_v1_build_update_metadata import BuildV1BuildUpdateMetadata
    from ..models.build_v1_prebuilt_app_info import BuildV1PrebuiltAppInfo
    from ..models.build_v1_release_notes import BuildV1ReleaseNotes


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """BuildV1's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.build_v1_build_job_params import BuildV1BuildJobParams  # noqa: PLC0415
    from ..models.build_v1_build_update_metadata import BuildV1BuildUpdateMetadata  # noqa: PLC0415
    from ..models.build_v1_prebuilt_app_info import BuildV1PrebuiltAppInfo  # noqa: PLC0415
    from ..models.build_v1_release_notes import BuildV1ReleaseNotes  # noqa: PLC0415

    return (
        (
            _rt.Field("ab_update", "ab_update", _rt.BOOL, required=True),
            _rt.Field("android_major_version", "android_major_version", _rt.INT, required=True),
            _rt.Field("android_minimum_sdk_level", "android_minimum_sdk_level", _rt.INT, required=True),
            _rt.Field("android_minor_version", "android_minor_version", _rt.STR, required=True),
            _rt.Field("android_sdk_level", "android_sdk_level", _rt.INT, required=True),
            _rt.Field("approved", "approved", _rt.BOOL, required=True),
            _rt.Field("build_arch", "build_arch", _rt.STR, required=True),
            _rt.Field("build_details_id", "build_details_id", _rt.INT, required=True),
            _rt.Field("build_fingerprint_hash", "build_fingerprint_hash", _rt.STR, required=True),
            _rt.Field("build_flavor", "build_flavor", _rt.STR, required=True),
            _rt.Field("build_hash", "build_hash", _rt.STR, required=True),
            _rt.Field("build_id", "build_id", _rt.UUID_, required=True),
            _rt.Field("build_job_id", "build_job_id", _rt.INT, required=True),
            _rt.Field("build_job_params", "build_job_params", _rt.model(BuildV1BuildJobParams), required=True),
            _rt.Field("build_job_url", "build_job_url", _rt.STR, required=True),
            _rt.Field("build_ota_hash", "build_ota_hash", _rt.STR, required=True),
            _rt.Field(
                "build_state",
                "build_state",
                _rt.enum("BuildV1BuildState", ["released", "to_be_deprecated", "unavailable", "unreleased"]),
                required=True,
            ),
            _rt.Field("build_type", "build_type", _rt.STR, required=True),
            _rt.Field(
                "build_update_metadata", "build_update_metadata", _rt.model(BuildV1BuildUpdateMetadata), required=True
            ),
            _rt.Field("build_update_url", "build_update_url", _rt.STR, required=True),
            _rt.Field("build_url", "build_url", _rt.STR, required=True),
            _rt.Field("created_at", "created_at", _rt.DATETIME, required=True),
            _rt.Field("created_by", "created_by", _rt.STR, required=True),
            _rt.Field(
                "deprecated_on",
                "deprecated_on",
                _rt.union(
                    _rt.DATETIME,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field("device_model_id", "device_model_id", _rt.UUID_, required=True),
            _rt.Field("file_size_kb", "file_size_kb", _rt.INT, required=True),
            _rt.Field("foundation_build_number", "foundation_build_number", _rt.INT, required=True),
            _rt.Field("foundation_major_number", "foundation_major_number", _rt.INT, required=True),
            _rt.Field("foundation_minor_number", "foundation_minor_number", _rt.INT, required=True),
            _rt.Field("foundation_name", "foundation_name", _rt.STR, required=True),
            _rt.Field("prebuilt_app_info", "prebuilt_app_info", _rt.model(BuildV1PrebuiltAppInfo), required=True),
            _rt.Field("release_notes", "release_notes", _rt.model(BuildV1ReleaseNotes), required=True),
            _rt.Field("release_rating", "release_rating", _rt.STR, required=True),
            _rt.Field("source_build_id", "source_build_id", _rt.UUID_, required=True),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME, required=True),
            _rt.Field("updated_by", "updated_by", _rt.STR, required=True),
        ),
        _rt.ANY,
    )


@_attrs_define
class BuildV1:
    """
    Attributes:
        ab_update (bool):
        android_major_version (int):
        android_minimum_sdk_level (int):
        android_minor_version (str):
        android_sdk_level (int):
        approved (bool):
        build_arch (str):
        build_details_id (int):
        build_fingerprint_hash (str):
        build_flavor (str):
        build_hash (str):
        build_id (UUID):
        build_job_id (int):
        build_job_params (BuildV1BuildJobParams):
        build_job_url (str):
        build_ota_hash (str):
        build_state (BuildV1BuildState):
        build_type (str):
        build_update_metadata (BuildV1BuildUpdateMetadata):
        build_update_url (str):
        build_url (str):
        created_at (datetime.datetime):
        created_by (str):
        deprecated_on (datetime.datetime | None):
        device_model_id (UUID):
        file_size_kb (int):
        foundation_build_number (int):
        foundation_major_number (int):
        foundation_minor_number (int):
        foundation_name (str):
        prebuilt_app_info (BuildV1PrebuiltAppInfo):
        release_notes (BuildV1ReleaseNotes):
        release_rating (str):
        source_build_id (UUID):
        updated_at (datetime.datetime):
        updated_by (str):
    """

    ab_update: bool
    android_major_version: int
    android_minimum_sdk_level: int
    android_minor_version: str
    android_sdk_level: int
    approved: bool
    build_arch: str
    build_details_id: int
    build_fingerprint_hash: str
    build_flavor: str
    build_hash: str
    build_id: UUID
    build_job_id: int
    build_job_params: BuildV1BuildJobParams
    build_job_url: str
    build_ota_hash: str
    build_state: BuildV1BuildState
    build_type: str
    build_update_metadata: BuildV1BuildUpdateMetadata
    build_update_url: str
    build_url: str
    created_at: datetime.datetime
    created_by: str
    deprecated_on: datetime.datetime | None
    device_model_id: UUID
    file_size_kb: int
    foundation_build_number: int
    foundation_major_number: int
    foundation_minor_number: int
    foundation_name: str
    prebuilt_app_info: BuildV1PrebuiltAppInfo
    release_notes: BuildV1ReleaseNotes
    release_rating: str
    source_build_id: UUID
    updated_at: datetime.datetime
    updated_by: str
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
