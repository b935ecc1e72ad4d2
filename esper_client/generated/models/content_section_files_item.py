from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentSectionFilesItem")


@_attrs_define
class ContentSectionFilesItem:
    """
    Attributes:
        destination_path (str | Unset):
        file (int | Unset):
        file_url (str | Unset):
        hash_ (str | Unset):
        url (str | Unset):
    """

    destination_path: str | Unset = UNSET
    file: int | Unset = UNSET
    file_url: str | Unset = UNSET
    hash_: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_path = self.destination_path

        file = self.file

        file_url = self.file_url

        hash_ = self.hash_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_path is not UNSET:
            field_dict["destination_path"] = destination_path
        if file is not UNSET:
            field_dict["file"] = file
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_path = d.pop("destination_path", UNSET)

        file = d.pop("file", UNSET)

        file_url = d.pop("file_url", UNSET)

        hash_ = d.pop("hash", UNSET)

        url = d.pop("url", UNSET)

        content_section_files_item = cls(
            destination_path=destination_path,
            file=file,
            file_url=file_url,
            hash_=hash_,
            url=url,
        )

        content_section_files_item.additional_properties = d
        return content_section_files_item

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
