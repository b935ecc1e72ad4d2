from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationVersion")


@_attrs_define
class ApplicationVersion:
    """
    Attributes:
        build_number (None | str | Unset):
        download_url (str | Unset):
        hash_string (str | Unset):
        icon_url (str | Unset):
        id (UUID | Unset):
        min_sdk_version (None | str | Unset):
        release_comments (str | Unset):
        release_name (str | Unset):
        target_sdk_version (None | str | Unset):
        version_code (str | Unset):
    """

    build_number: None | str | Unset = UNSET
    download_url: str | Unset = UNSET
    hash_string: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    id: UUID | Unset = UNSET
    min_sdk_version: None | str | Unset = UNSET
    release_comments: str | Unset = UNSET
    release_name: str | Unset = UNSET
    target_sdk_version: None | str | Unset = UNSET
    version_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_number: None | str | Unset
        if isinstance(self.build_number, Unset):
            build_number = UNSET
        else:
            build_number = self.build_number

        download_url = self.download_url

        hash_string = self.hash_string

        icon_url = self.icon_url

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        min_sdk_version: None | str | Unset
        if isinstance(self.min_sdk_version, Unset):
            min_sdk_version = UNSET
        else:
            min_sdk_version = self.min_sdk_version

        release_comments = self.release_comments

        release_name = self.release_name

        target_sdk_version: None | str | Unset
        if isinstance(self.target_sdk_version, Unset):
            target_sdk_version = UNSET
        else:
            target_sdk_version = self.target_sdk_version

        version_code = self.version_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build_number is not UNSET:
            field_dict["build_number"] = build_number
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if hash_string is not UNSET:
            field_dict["hash_string"] = hash_string
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if id is not UNSET:
            field_dict["id"] = id
        if min_sdk_version is not UNSET:
            field_dict["min_sdk_version"] = min_sdk_version
        if release_comments is not UNSET:
            field_dict["release_comments"] = release_comments
        if release_name is not UNSET:
            field_dict["release_name"] = release_name
        if target_sdk_version is not UNSET:
            field_dict["target_sdk_version"] = target_sdk_version
        if version_code is not UNSET:
            field_dict["version_code"] = version_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_build_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_number = _parse_build_number(d.pop("build_number", UNSET))

        download_url = d.pop("download_url", UNSET)

        hash_string = d.pop("hash_string", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        def _parse_min_sdk_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_sdk_version = _parse_min_sdk_version(d.pop("min_sdk_version", UNSET))

        release_comments = d.pop("release_comments", UNSET)

        release_name = d.pop("release_name", UNSET)

        def _parse_target_sdk_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_sdk_version = _parse_target_sdk_version(d.pop("target_sdk_version", UNSET))

        version_code = d.pop("version_code", UNSET)

        application_version = cls(
            build_number=build_number,
            download_url=download_url,
            hash_string=hash_string,
            icon_url=icon_url,
            id=id,
            min_sdk_version=min_sdk_version,
            release_comments=release_comments,
            release_name=release_name,
            target_sdk_version=target_sdk_version,
            version_code=version_code,
        )

        application_version.additional_properties = d
        return application_version

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
