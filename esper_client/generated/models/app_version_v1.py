from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_version_v1_approval_status import AppVersionV1ApprovalStatus, check_app_version_v1_approval_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppVersionV1")


@_attrs_define
class AppVersionV1:
    """
    Attributes:
        enterprise (str):
        version_code (None | str):
        app_file (None | str | Unset):
        app_icon (None | str | Unset):
        application (str | Unset):
        approval_status (AppVersionV1ApprovalStatus | Unset):  Default: 'APPROVED'.
        build_number (None | str | Unset):
        created_on (datetime.datetime | Unset):
        id (UUID | Unset):
        installed_count (int | Unset):
        is_default (bool | Unset):  Default: False.
        is_g_play (bool | Unset):
        min_sdk_version (None | str | Unset):
        release_comments (None | str | Unset):
        release_date (datetime.datetime | Unset):
        release_name (None | str | Unset):
        size_in_mb (float | Unset):
    """

    enterprise: str
    version_code: None | str
    app_file: None | str | Unset = UNSET
    app_icon: None | str | Unset = UNSET
    application: str | Unset = UNSET
    approval_status: AppVersionV1ApprovalStatus | Unset = "APPROVED"
    build_number: None | str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    id: UUID | Unset = UNSET
    installed_count: int | Unset = UNSET
    is_default: bool | Unset = False
    is_g_play: bool | Unset = UNSET
    min_sdk_version: None | str | Unset = UNSET
    release_comments: None | str | Unset = UNSET
    release_date: datetime.datetime | Unset = UNSET
    release_name: None | str | Unset = UNSET
    size_in_mb: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enterprise = self.enterprise

        version_code: None | str
        version_code = self.version_code

        app_file: None | str | Unset
        if isinstance(self.app_file, Unset):
            app_file = UNSET
        else:
            app_file = self.app_file

        app_icon: None | str | Unset
        if isinstance(self.app_icon, Unset):
            app_icon = UNSET
        else:
            app_icon = self.app_icon

        application = self.application

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status

        build_number: None | str | Unset
        if isinstance(self.build_number, Unset):
            build_number = UNSET
        else:
            build_number = self.build_number

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        installed_count = self.installed_count

        is_default = self.is_default

        is_g_play = self.is_g_play

        min_sdk_version: None | str | Unset
        if isinstance(self.min_sdk_version, Unset):
            min_sdk_version = UNSET
        else:
            min_sdk_version = self.min_sdk_version

        release_comments: None | str | Unset
        if isinstance(self.release_comments, Unset):
            release_comments = UNSET
        else:
            release_comments = self.release_comments

        release_date: str | Unset = UNSET
        if not isinstance(self.release_date, Unset):
            release_date = self.release_date.isoformat()

        release_name: None | str | Unset
        if isinstance(self.release_name, Unset):
            release_name = UNSET
        else:
            release_name = self.release_name

        size_in_mb = self.size_in_mb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enterprise": enterprise,
                "version_code": version_code,
            }
        )
        if app_file is not UNSET:
            field_dict["app_file"] = app_file
        if app_icon is not UNSET:
            field_dict["app_icon"] = app_icon
        if application is not UNSET:
            field_dict["application"] = application
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
        if build_number is not UNSET:
            field_dict["build_number"] = build_number
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if id is not UNSET:
            field_dict["id"] = id
        if installed_count is not UNSET:
            field_dict["installed_count"] = installed_count
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_g_play is not UNSET:
            field_dict["is_g_play"] = is_g_play
        if min_sdk_version is not UNSET:
            field_dict["min_sdk_version"] = min_sdk_version
        if release_comments is not UNSET:
            field_dict["release_comments"] = release_comments
        if release_date is not UNSET:
            field_dict["release_date"] = release_date
        if release_name is not UNSET:
            field_dict["release_name"] = release_name
        if size_in_mb is not UNSET:
            field_dict["size_in_mb"] = size_in_mb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enterprise = d.pop("enterprise")

        def _parse_version_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        version_code = _parse_version_code(d.pop("version_code"))

        def _parse_app_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_file = _parse_app_file(d.pop("app_file", UNSET))

        def _parse_app_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_icon = _parse_app_icon(d.pop("app_icon", UNSET))

        application = d.pop("application", UNSET)

        _approval_status = d.pop("approval_status", UNSET)
        approval_status: AppVersionV1ApprovalStatus | Unset
        if isinstance(_approval_status, Unset):
            approval_status = UNSET
        else:
            approval_status = check_app_version_v1_approval_status(_approval_status)

        def _parse_build_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_number = _parse_build_number(d.pop("build_number", UNSET))

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        installed_count = d.pop("installed_count", UNSET)

        is_default = d.pop("is_default", UNSET)

        is_g_play = d.pop("is_g_play", UNSET)

        def _parse_min_sdk_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_sdk_version = _parse_min_sdk_version(d.pop("min_sdk_version", UNSET))

        def _parse_release_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        release_comments = _parse_release_comments(d.pop("release_comments", UNSET))

        _release_date = d.pop("release_date", UNSET)
        release_date: datetime.datetime | Unset
        if isinstance(_release_date, Unset):
            release_date = UNSET
        else:
            release_date = datetime.datetime.fromisoformat(_release_date)

        def _parse_release_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        release_name = _parse_release_name(d.pop("release_name", UNSET))

        size_in_mb = d.pop("size_in_mb", UNSET)

        app_version_v1 = cls(
            enterprise=enterprise,
            version_code=version_code,
            app_file=app_file,
            app_icon=app_icon,
            application=application,
            approval_status=approval_status,
            build_number=build_number,
            created_on=created_on,
            id=id,
            installed_count=installed_count,
            is_default=is_default,
            is_g_play=is_g_play,
            min_sdk_version=min_sdk_version,
            release_comments=release_comments,
            release_date=release_date,
            release_name=release_name,
            size_in_mb=size_in_mb,
        )

        app_version_v1.additional_properties = d
        return app_version_v1

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
