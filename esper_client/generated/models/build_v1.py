from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_v1_build_state import BuildV1BuildState, check_build_v1_build_state

if TYPE_CHECKING:
    from ..models.build_v1_build_job_params import BuildV1BuildJobParams
    from ..models.build_v1_build_update_metadata import BuildV1BuildUpdateMetadata
    from ..models.build_v1_prebuilt_app_info import BuildV1PrebuiltAppInfo
    from ..models.build_v1_release_notes import BuildV1ReleaseNotes


T = TypeVar("T", bound="BuildV1")


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

    def to_dict(self) -> dict[str, Any]:
        ab_update = self.ab_update

        android_major_version = self.android_major_version

        android_minimum_sdk_level = self.android_minimum_sdk_level

        android_minor_version = self.android_minor_version

        android_sdk_level = self.android_sdk_level

        approved = self.approved

        build_arch = self.build_arch

        build_details_id = self.build_details_id

        build_fingerprint_hash = self.build_fingerprint_hash

        build_flavor = self.build_flavor

        build_hash = self.build_hash

        build_id = str(self.build_id)

        build_job_id = self.build_job_id

        build_job_params = self.build_job_params.to_dict()

        build_job_url = self.build_job_url

        build_ota_hash = self.build_ota_hash

        build_state: str = self.build_state

        build_type = self.build_type

        build_update_metadata = self.build_update_metadata.to_dict()

        build_update_url = self.build_update_url

        build_url = self.build_url

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        deprecated_on: None | str
        if isinstance(self.deprecated_on, datetime.datetime):
            deprecated_on = self.deprecated_on.isoformat()
        else:
            deprecated_on = self.deprecated_on

        device_model_id = str(self.device_model_id)

        file_size_kb = self.file_size_kb

        foundation_build_number = self.foundation_build_number

        foundation_major_number = self.foundation_major_number

        foundation_minor_number = self.foundation_minor_number

        foundation_name = self.foundation_name

        prebuilt_app_info = self.prebuilt_app_info.to_dict()

        release_notes = self.release_notes.to_dict()

        release_rating = self.release_rating

        source_build_id = str(self.source_build_id)

        updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ab_update": ab_update,
                "android_major_version": android_major_version,
                "android_minimum_sdk_level": android_minimum_sdk_level,
                "android_minor_version": android_minor_version,
                "android_sdk_level": android_sdk_level,
                "approved": approved,
                "build_arch": build_arch,
                "build_details_id": build_details_id,
                "build_fingerprint_hash": build_fingerprint_hash,
                "build_flavor": build_flavor,
                "build_hash": build_hash,
                "build_id": build_id,
                "build_job_id": build_job_id,
                "build_job_params": build_job_params,
                "build_job_url": build_job_url,
                "build_ota_hash": build_ota_hash,
                "build_state": build_state,
                "build_type": build_type,
                "build_update_metadata": build_update_metadata,
                "build_update_url": build_update_url,
                "build_url": build_url,
                "created_at": created_at,
                "created_by": created_by,
                "deprecated_on": deprecated_on,
                "device_model_id": device_model_id,
                "file_size_kb": file_size_kb,
                "foundation_build_number": foundation_build_number,
                "foundation_major_number": foundation_major_number,
                "foundation_minor_number": foundation_minor_number,
                "foundation_name": foundation_name,
                "prebuilt_app_info": prebuilt_app_info,
                "release_notes": release_notes,
                "release_rating": release_rating,
                "source_build_id": source_build_id,
                "updated_at": updated_at,
                "updated_by": updated_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            BuildV1BuildJobParams,
            BuildV1BuildUpdateMetadata,
            BuildV1PrebuiltAppInfo,
            BuildV1ReleaseNotes,
        ) = _nested_models()

        d = dict(src_dict)
        ab_update = d.pop("ab_update")

        android_major_version = d.pop("android_major_version")

        android_minimum_sdk_level = d.pop("android_minimum_sdk_level")

        android_minor_version = d.pop("android_minor_version")

        android_sdk_level = d.pop("android_sdk_level")

        approved = d.pop("approved")

        build_arch = d.pop("build_arch")

        build_details_id = d.pop("build_details_id")

        build_fingerprint_hash = d.pop("build_fingerprint_hash")

        build_flavor = d.pop("build_flavor")

        build_hash = d.pop("build_hash")

        build_id = UUID(d.pop("build_id"))

        build_job_id = d.pop("build_job_id")

        build_job_params = BuildV1BuildJobParams.from_dict(d.pop("build_job_params"))

        build_job_url = d.pop("build_job_url")

        build_ota_hash = d.pop("build_ota_hash")

        build_state = check_build_v1_build_state(d.pop("build_state"))

        build_type = d.pop("build_type")

        build_update_metadata = BuildV1BuildUpdateMetadata.from_dict(d.pop("build_update_metadata"))

        build_update_url = d.pop("build_update_url")

        build_url = d.pop("build_url")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        def _parse_deprecated_on(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deprecated_on_type_0 = datetime.datetime.fromisoformat(data)

                return deprecated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        deprecated_on = _parse_deprecated_on(d.pop("deprecated_on"))

        device_model_id = UUID(d.pop("device_model_id"))

        file_size_kb = d.pop("file_size_kb")

        foundation_build_number = d.pop("foundation_build_number")

        foundation_major_number = d.pop("foundation_major_number")

        foundation_minor_number = d.pop("foundation_minor_number")

        foundation_name = d.pop("foundation_name")

        prebuilt_app_info = BuildV1PrebuiltAppInfo.from_dict(d.pop("prebuilt_app_info"))

        release_notes = BuildV1ReleaseNotes.from_dict(d.pop("release_notes"))

        release_rating = d.pop("release_rating")

        source_build_id = UUID(d.pop("source_build_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        updated_by = d.pop("updated_by")

        build_v1 = cls(
            ab_update=ab_update,
            android_major_version=android_major_version,
            android_minimum_sdk_level=android_minimum_sdk_level,
            android_minor_version=android_minor_version,
            android_sdk_level=android_sdk_level,
            approved=approved,
            build_arch=build_arch,
            build_details_id=build_details_id,
            build_fingerprint_hash=build_fingerprint_hash,
            build_flavor=build_flavor,
            build_hash=build_hash,
            build_id=build_id,
            build_job_id=build_job_id,
            build_job_params=build_job_params,
            build_job_url=build_job_url,
            build_ota_hash=build_ota_hash,
            build_state=build_state,
            build_type=build_type,
            build_update_metadata=build_update_metadata,
            build_update_url=build_update_url,
            build_url=build_url,
            created_at=created_at,
            created_by=created_by,
            deprecated_on=deprecated_on,
            device_model_id=device_model_id,
            file_size_kb=file_size_kb,
            foundation_build_number=foundation_build_number,
            foundation_major_number=foundation_major_number,
            foundation_minor_number=foundation_minor_number,
            foundation_name=foundation_name,
            prebuilt_app_info=prebuilt_app_info,
            release_notes=release_notes,
            release_rating=release_rating,
            source_build_id=source_build_id,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        build_v1.additional_properties = d
        return build_v1

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


@cache
def _nested_models() -> tuple[
    type[BuildV1BuildJobParams],
    type[BuildV1BuildUpdateMetadata],
    type[BuildV1PrebuiltAppInfo],
    type[BuildV1ReleaseNotes],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.build_v1_build_job_params import BuildV1BuildJobParams  # noqa: PLC0415
    from ..models.build_v1_build_update_metadata import BuildV1BuildUpdateMetadata  # noqa: PLC0415
    from ..models.build_v1_prebuilt_app_info import BuildV1PrebuiltAppInfo  # noqa: PLC0415
    from ..models.build_v1_release_notes import BuildV1ReleaseNotes  # noqa: PLC0415

    return (
        BuildV1BuildJobParams,
        BuildV1BuildUpdateMetadata,
        BuildV1PrebuiltAppInfo,
        BuildV1ReleaseNotes,
    )
