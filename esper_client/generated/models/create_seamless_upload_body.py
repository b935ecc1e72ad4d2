from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_seamless_upload_body_platform import (
    CreateSeamlessUploadBodyPlatform,
    check_create_seamless_upload_body_platform,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateSeamlessUploadBody")


@_attrs_define
class CreateSeamlessUploadBody:
    """
    Attributes:
        csv_file (File):
        platform (CreateSeamlessUploadBodyPlatform | Unset):  Default: 'APPLE'.
    """

    csv_file: File
    platform: CreateSeamlessUploadBodyPlatform | Unset = "APPLE"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        csv_file = self.csv_file.to_tuple()

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "csv_file": csv_file,
            }
        )
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("csv_file", self.csv_file.to_tuple()))

        if not isinstance(self.platform, Unset):
            files.append(("platform", (None, str(self.platform).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        csv_file = File(payload=BytesIO(d.pop("csv_file")))

        _platform = d.pop("platform", UNSET)
        platform: CreateSeamlessUploadBodyPlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = check_create_seamless_upload_body_platform(_platform)

        create_seamless_upload_body = cls(
            csv_file=csv_file,
            platform=platform,
        )

        create_seamless_upload_body.additional_properties = d
        return create_seamless_upload_body

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
