from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppInfo")


@_attrs_define
class AppInfo:
    """
    Attributes:
        app_id (str | Unset):
        app_type (str | Unset):
        app_version_id (str | Unset):
        build_number (str | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        description (str | Unset):
        file_size_in_kb (int | Unset):
        icon_url (str | Unset):
        is_full_screen (bool | Unset):
        is_removable (bool | Unset):
        label (str | Unset):
        min_sdk_version (str | Unset):
        name (str | Unset):
        package_name (str | Unset):
        release_notes (str | Unset):
        tenant_id (str | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        url (str | Unset):
        version_code (str | Unset):
        version_name (str | Unset):
    """

    app_id: str | Unset = UNSET
    app_type: str | Unset = UNSET
    app_version_id: str | Unset = UNSET
    build_number: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    description: str | Unset = UNSET
    file_size_in_kb: int | Unset = UNSET
    icon_url: str | Unset = UNSET
    is_full_screen: bool | Unset = UNSET
    is_removable: bool | Unset = UNSET
    label: str | Unset = UNSET
    min_sdk_version: str | Unset = UNSET
    name: str | Unset = UNSET
    package_name: str | Unset = UNSET
    release_notes: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    url: str | Unset = UNSET
    version_code: str | Unset = UNSET
    version_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_type = self.app_type

        app_version_id = self.app_version_id

        build_number = self.build_number

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        description = self.description

        file_size_in_kb = self.file_size_in_kb

        icon_url = self.icon_url

        is_full_screen = self.is_full_screen

        is_removable = self.is_removable

        label = self.label

        min_sdk_version = self.min_sdk_version

        name = self.name

        package_name = self.package_name

        release_notes = self.release_notes

        tenant_id = self.tenant_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        url = self.url

        version_code = self.version_code

        version_name = self.version_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_type is not UNSET:
            field_dict["app_type"] = app_type
        if app_version_id is not UNSET:
            field_dict["app_version_id"] = app_version_id
        if build_number is not UNSET:
            field_dict["build_number"] = build_number
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if description is not UNSET:
            field_dict["description"] = description
        if file_size_in_kb is not UNSET:
            field_dict["file_size_in_kb"] = file_size_in_kb
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if is_full_screen is not UNSET:
            field_dict["is_full_screen"] = is_full_screen
        if is_removable is not UNSET:
            field_dict["is_removable"] = is_removable
        if label is not UNSET:
            field_dict["label"] = label
        if min_sdk_version is not UNSET:
            field_dict["min_sdk_version"] = min_sdk_version
        if name is not UNSET:
            field_dict["name"] = name
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if release_notes is not UNSET:
            field_dict["release_notes"] = release_notes
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if url is not UNSET:
            field_dict["url"] = url
        if version_code is not UNSET:
            field_dict["version_code"] = version_code
        if version_name is not UNSET:
            field_dict["version_name"] = version_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)

        app_type = d.pop("app_type", UNSET)

        app_version_id = d.pop("app_version_id", UNSET)

        build_number = d.pop("build_number", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        description = d.pop("description", UNSET)

        file_size_in_kb = d.pop("file_size_in_kb", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        is_full_screen = d.pop("is_full_screen", UNSET)

        is_removable = d.pop("is_removable", UNSET)

        label = d.pop("label", UNSET)

        min_sdk_version = d.pop("min_sdk_version", UNSET)

        name = d.pop("name", UNSET)

        package_name = d.pop("package_name", UNSET)

        release_notes = d.pop("release_notes", UNSET)

        tenant_id = d.pop("tenant_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        url = d.pop("url", UNSET)

        version_code = d.pop("version_code", UNSET)

        version_name = d.pop("version_name", UNSET)

        app_info = cls(
            app_id=app_id,
            app_type=app_type,
            app_version_id=app_version_id,
            build_number=build_number,
            created_at=created_at,
            created_by=created_by,
            description=description,
            file_size_in_kb=file_size_in_kb,
            icon_url=icon_url,
            is_full_screen=is_full_screen,
            is_removable=is_removable,
            label=label,
            min_sdk_version=min_sdk_version,
            name=name,
            package_name=package_name,
            release_notes=release_notes,
            tenant_id=tenant_id,
            updated_at=updated_at,
            updated_by=updated_by,
            url=url,
            version_code=version_code,
            version_name=version_name,
        )

        app_info.additional_properties = d
        return app_info

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
