from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadRemoteFileResponse201")


@_attrs_define
class UploadRemoteFileResponse201:
    """
    Attributes:
        auto_delete_after_minutes (int | Unset):
        bucket (str | Unset):
        content_type (str | Unset):
        download_expires_in (int | Unset):
        download_url (str | Unset):
        file_key (str | Unset):
        file_size (int | Unset):
    """

    auto_delete_after_minutes: int | Unset = UNSET
    bucket: str | Unset = UNSET
    content_type: str | Unset = UNSET
    download_expires_in: int | Unset = UNSET
    download_url: str | Unset = UNSET
    file_key: str | Unset = UNSET
    file_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_delete_after_minutes = self.auto_delete_after_minutes

        bucket = self.bucket

        content_type = self.content_type

        download_expires_in = self.download_expires_in

        download_url = self.download_url

        file_key = self.file_key

        file_size = self.file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_delete_after_minutes is not UNSET:
            field_dict["auto_delete_after_minutes"] = auto_delete_after_minutes
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if download_expires_in is not UNSET:
            field_dict["download_expires_in"] = download_expires_in
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if file_key is not UNSET:
            field_dict["file_key"] = file_key
        if file_size is not UNSET:
            field_dict["file_size"] = file_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_delete_after_minutes = d.pop("auto_delete_after_minutes", UNSET)

        bucket = d.pop("bucket", UNSET)

        content_type = d.pop("content_type", UNSET)

        download_expires_in = d.pop("download_expires_in", UNSET)

        download_url = d.pop("download_url", UNSET)

        file_key = d.pop("file_key", UNSET)

        file_size = d.pop("file_size", UNSET)

        upload_remote_file_response_201 = cls(
            auto_delete_after_minutes=auto_delete_after_minutes,
            bucket=bucket,
            content_type=content_type,
            download_expires_in=download_expires_in,
            download_url=download_url,
            file_key=file_key,
            file_size=file_size,
        )

        upload_remote_file_response_201.additional_properties = d
        return upload_remote_file_response_201

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
