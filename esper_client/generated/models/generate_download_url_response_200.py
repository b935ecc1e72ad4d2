from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateDownloadUrlResponse200")


@_attrs_define
class GenerateDownloadUrlResponse200:
    """
    Attributes:
        download_url (str | Unset):
        expires_in (int | Unset):
        file_key (str | Unset):
    """

    download_url: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    file_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_url = self.download_url

        expires_in = self.expires_in

        file_key = self.file_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if file_key is not UNSET:
            field_dict["file_key"] = file_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        download_url = d.pop("download_url", UNSET)

        expires_in = d.pop("expires_in", UNSET)

        file_key = d.pop("file_key", UNSET)

        generate_download_url_response_200 = cls(
            download_url=download_url,
            expires_in=expires_in,
            file_key=file_key,
        )

        generate_download_url_response_200.additional_properties = d
        return generate_download_url_response_200

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
