from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_app_version_v1_body_approval_status import (
    PatchAppVersionV1BodyApprovalStatus,
    check_patch_app_version_v1_body_approval_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchAppVersionV1Body")


@_attrs_define
class PatchAppVersionV1Body:
    """
    Attributes:
        approval_status (PatchAppVersionV1BodyApprovalStatus | Unset):
        build_number (str | Unset):
        is_default (bool | Unset):
        min_sdk_version (str | Unset):
        release_name (str | Unset):
        version_code (str | Unset):
    """

    approval_status: PatchAppVersionV1BodyApprovalStatus | Unset = UNSET
    build_number: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    min_sdk_version: str | Unset = UNSET
    release_name: str | Unset = UNSET
    version_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status

        build_number = self.build_number

        is_default = self.is_default

        min_sdk_version = self.min_sdk_version

        release_name = self.release_name

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
        if min_sdk_version is not UNSET:
            field_dict["min_sdk_version"] = min_sdk_version
        if release_name is not UNSET:
            field_dict["release_name"] = release_name
        if version_code is not UNSET:
            field_dict["version_code"] = version_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _approval_status = d.pop("approval_status", UNSET)
        approval_status: PatchAppVersionV1BodyApprovalStatus | Unset
        if isinstance(_approval_status, Unset):
            approval_status = UNSET
        else:
            approval_status = check_patch_app_version_v1_body_approval_status(_approval_status)

        build_number = d.pop("build_number", UNSET)

        is_default = d.pop("is_default", UNSET)

        min_sdk_version = d.pop("min_sdk_version", UNSET)

        release_name = d.pop("release_name", UNSET)

        version_code = d.pop("version_code", UNSET)

        patch_app_version_v1_body = cls(
            approval_status=approval_status,
            build_number=build_number,
            is_default=is_default,
            min_sdk_version=min_sdk_version,
            release_name=release_name,
            version_code=version_code,
        )

        patch_app_version_v1_body.additional_properties = d
        return patch_app_version_v1_body

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
