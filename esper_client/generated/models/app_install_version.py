from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppInstallVersion")


@_attrs_define
class AppInstallVersion:
    """
    Attributes:
        app_version_id (UUID | Unset):
        build_number (str | Unset):
        hash_string (str | Unset):
        version_code (str | Unset):
    """

    app_version_id: UUID | Unset = UNSET
    build_number: str | Unset = UNSET
    hash_string: str | Unset = UNSET
    version_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_version_id: str | Unset = UNSET
        if not isinstance(self.app_version_id, Unset):
            app_version_id = str(self.app_version_id)

        build_number = self.build_number

        hash_string = self.hash_string

        version_code = self.version_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_version_id is not UNSET:
            field_dict["app_version_id"] = app_version_id
        if build_number is not UNSET:
            field_dict["build_number"] = build_number
        if hash_string is not UNSET:
            field_dict["hash_string"] = hash_string
        if version_code is not UNSET:
            field_dict["version_code"] = version_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _app_version_id = d.pop("app_version_id", UNSET)
        app_version_id: UUID | Unset
        if isinstance(_app_version_id, Unset):
            app_version_id = UNSET
        else:
            app_version_id = UUID(_app_version_id)

        build_number = d.pop("build_number", UNSET)

        hash_string = d.pop("hash_string", UNSET)

        version_code = d.pop("version_code", UNSET)

        app_install_version = cls(
            app_version_id=app_version_id,
            build_number=build_number,
            hash_string=hash_string,
            version_code=version_code,
        )

        app_install_version.additional_properties = d
        return app_install_version

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
