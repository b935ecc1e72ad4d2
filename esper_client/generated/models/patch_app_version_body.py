from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_app_version_body_approval_status import (
    PatchAppVersionBodyApprovalStatus,
    check_patch_app_version_body_approval_status,
)
from ..models.patch_app_version_body_release_track import (
    PatchAppVersionBodyReleaseTrack,
    check_patch_app_version_body_release_track,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchAppVersionBody")


@_attrs_define
class PatchAppVersionBody:
    """
    Attributes:
        approval_status (PatchAppVersionBodyApprovalStatus | Unset):
        build_number (str | Unset):
        is_default (bool | Unset):
        is_enabled (bool | Unset):
        min_sdk_version (str | Unset):
        release_comments (str | Unset):
        release_name (str | Unset):
        release_track (PatchAppVersionBodyReleaseTrack | Unset):
        target_sdk_version (str | Unset):
        version_code (str | Unset):
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

    def to_dict(self) -> dict[str, Any]:
        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status

        build_number = self.build_number

        is_default = self.is_default

        is_enabled = self.is_enabled

        min_sdk_version = self.min_sdk_version

        release_comments = self.release_comments

        release_name = self.release_name

        release_track: str | Unset = UNSET
        if not isinstance(self.release_track, Unset):
            release_track = self.release_track

        target_sdk_version = self.target_sdk_version

        version_code = self.version_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
        if build_number is not UNSET:
            field_dict["build_number"] = build_number
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if min_sdk_version is not UNSET:
            field_dict["min_sdk_version"] = min_sdk_version
        if release_comments is not UNSET:
            field_dict["release_comments"] = release_comments
        if release_name is not UNSET:
            field_dict["release_name"] = release_name
        if release_track is not UNSET:
            field_dict["release_track"] = release_track
        if target_sdk_version is not UNSET:
            field_dict["target_sdk_version"] = target_sdk_version
        if version_code is not UNSET:
            field_dict["version_code"] = version_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _approval_status = d.pop("approval_status", UNSET)
        approval_status: PatchAppVersionBodyApprovalStatus | Unset
        if isinstance(_approval_status, Unset):
            approval_status = UNSET
        else:
            approval_status = check_patch_app_version_body_approval_status(_approval_status)

        build_number = d.pop("build_number", UNSET)

        is_default = d.pop("is_default", UNSET)

        is_enabled = d.pop("is_enabled", UNSET)

        min_sdk_version = d.pop("min_sdk_version", UNSET)

        release_comments = d.pop("release_comments", UNSET)

        release_name = d.pop("release_name", UNSET)

        _release_track = d.pop("release_track", UNSET)
        release_track: PatchAppVersionBodyReleaseTrack | Unset
        if isinstance(_release_track, Unset):
            release_track = UNSET
        else:
            release_track = check_patch_app_version_body_release_track(_release_track)

        target_sdk_version = d.pop("target_sdk_version", UNSET)

        version_code = d.pop("version_code", UNSET)

        patch_app_version_body = cls(
            approval_status=approval_status,
            build_number=build_number,
            is_default=is_default,
            is_enabled=is_enabled,
            min_sdk_version=min_sdk_version,
            release_comments=release_comments,
            release_name=release_name,
            release_track=release_track,
            target_sdk_version=target_sdk_version,
            version_code=version_code,
        )

        patch_app_version_body.additional_properties = d
        return patch_app_version_body

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
