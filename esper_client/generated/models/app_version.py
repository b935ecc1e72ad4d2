from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_version_approval_status import AppVersionApprovalStatus, check_app_version_approval_status
from ..models.app_version_release_track import AppVersionReleaseTrack, check_app_version_release_track
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_permission import AppPermission


T = TypeVar("T", bound="AppVersion")


@_attrs_define
class AppVersion:
    """
    Attributes:
        enterprise (str):
        permissions (list[AppPermission]):
        version_code (str):
        app_file (str | Unset):
        app_icon (None | str | Unset):
        application (str | Unset):
        approval_status (AppVersionApprovalStatus | Unset):
        build_number (None | str | Unset):
        created_on (datetime.datetime | Unset):
        hash_string (str | Unset):
        id (UUID | Unset):
        installed_count (int | Unset):
        is_default (bool | Unset):
        is_enabled (bool | Unset):
        min_sdk_version (None | str | Unset):
        release_comments (None | str | Unset):
        release_name (None | str | Unset):
        release_track (AppVersionReleaseTrack | Unset):
        size_in_mb (float | Unset):
        target_sdk_version (None | str | Unset):
        updated_on (datetime.datetime | Unset):
    """

    enterprise: str
    permissions: list[AppPermission]
    version_code: str
    app_file: str | Unset = UNSET
    app_icon: None | str | Unset = UNSET
    application: str | Unset = UNSET
    approval_status: AppVersionApprovalStatus | Unset = UNSET
    build_number: None | str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    hash_string: str | Unset = UNSET
    id: UUID | Unset = UNSET
    installed_count: int | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    min_sdk_version: None | str | Unset = UNSET
    release_comments: None | str | Unset = UNSET
    release_name: None | str | Unset = UNSET
    release_track: AppVersionReleaseTrack | Unset = UNSET
    size_in_mb: float | Unset = UNSET
    target_sdk_version: None | str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enterprise = self.enterprise

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.to_dict()
            permissions.append(permissions_item)

        version_code = self.version_code

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

        hash_string = self.hash_string

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        installed_count = self.installed_count

        is_default = self.is_default

        is_enabled = self.is_enabled

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

        release_name: None | str | Unset
        if isinstance(self.release_name, Unset):
            release_name = UNSET
        else:
            release_name = self.release_name

        release_track: str | Unset = UNSET
        if not isinstance(self.release_track, Unset):
            release_track = self.release_track

        size_in_mb = self.size_in_mb

        target_sdk_version: None | str | Unset
        if isinstance(self.target_sdk_version, Unset):
            target_sdk_version = UNSET
        else:
            target_sdk_version = self.target_sdk_version

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enterprise": enterprise,
                "permissions": permissions,
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
        if hash_string is not UNSET:
            field_dict["hash_string"] = hash_string
        if id is not UNSET:
            field_dict["id"] = id
        if installed_count is not UNSET:
            field_dict["installed_count"] = installed_count
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
        if size_in_mb is not UNSET:
            field_dict["size_in_mb"] = size_in_mb
        if target_sdk_version is not UNSET:
            field_dict["target_sdk_version"] = target_sdk_version
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AppPermission,) = _nested_models()

        d = dict(src_dict)
        enterprise = d.pop("enterprise")

        permissions = []
        _permissions = d.pop("permissions")
        for permissions_item_data in _permissions:
            permissions_item = AppPermission.from_dict(permissions_item_data)

            permissions.append(permissions_item)

        version_code = d.pop("version_code")

        app_file = d.pop("app_file", UNSET)

        def _parse_app_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_icon = _parse_app_icon(d.pop("app_icon", UNSET))

        application = d.pop("application", UNSET)

        _approval_status = d.pop("approval_status", UNSET)
        approval_status: AppVersionApprovalStatus | Unset
        if isinstance(_approval_status, Unset):
            approval_status = UNSET
        else:
            approval_status = check_app_version_approval_status(_approval_status)

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

        hash_string = d.pop("hash_string", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        installed_count = d.pop("installed_count", UNSET)

        is_default = d.pop("is_default", UNSET)

        is_enabled = d.pop("is_enabled", UNSET)

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

        def _parse_release_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        release_name = _parse_release_name(d.pop("release_name", UNSET))

        _release_track = d.pop("release_track", UNSET)
        release_track: AppVersionReleaseTrack | Unset
        if isinstance(_release_track, Unset):
            release_track = UNSET
        else:
            release_track = check_app_version_release_track(_release_track)

        size_in_mb = d.pop("size_in_mb", UNSET)

        def _parse_target_sdk_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_sdk_version = _parse_target_sdk_version(d.pop("target_sdk_version", UNSET))

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        app_version = cls(
            enterprise=enterprise,
            permissions=permissions,
            version_code=version_code,
            app_file=app_file,
            app_icon=app_icon,
            application=application,
            approval_status=approval_status,
            build_number=build_number,
            created_on=created_on,
            hash_string=hash_string,
            id=id,
            installed_count=installed_count,
            is_default=is_default,
            is_enabled=is_enabled,
            min_sdk_version=min_sdk_version,
            release_comments=release_comments,
            release_name=release_name,
            release_track=release_track,
            size_in_mb=size_in_mb,
            target_sdk_version=target_sdk_version,
            updated_on=updated_on,
        )

        app_version.additional_properties = d
        return app_version

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
def _nested_models() -> tuple[type[AppPermission],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.app_permission import AppPermission  # noqa: PLC0415

    return (AppPermission,)
