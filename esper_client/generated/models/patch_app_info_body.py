from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchAppInfoBody")


@_attrs_define
class PatchAppInfoBody:
    """
    Attributes:
        icon_url (str | Unset):
        is_active (bool | Unset):
        min_sdk_version (int | Unset):
        updated_on (datetime.datetime | Unset):
    """

    icon_url: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    min_sdk_version: int | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        icon_url = self.icon_url

        is_active = self.is_active

        min_sdk_version = self.min_sdk_version

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if min_sdk_version is not UNSET:
            field_dict["min_sdk_version"] = min_sdk_version
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        icon_url = d.pop("icon_url", UNSET)

        is_active = d.pop("is_active", UNSET)

        min_sdk_version = d.pop("min_sdk_version", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        patch_app_info_body = cls(
            icon_url=icon_url,
            is_active=is_active,
            min_sdk_version=min_sdk_version,
            updated_on=updated_on,
        )

        patch_app_info_body.additional_properties = d
        return patch_app_info_body

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
