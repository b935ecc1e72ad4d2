from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppleAppStoreApp")


@_attrs_define
class AppleAppStoreApp:
    """
    Attributes:
        app_store_url (str | Unset):
        bundle_id (str | Unset):
        file_size_in_bytes (str | Unset):
        icon (str | Unset):
        minimum_os (str | Unset):
        name (str | Unset):
        release_date (datetime.datetime | Unset):
        seller_name (str | Unset):
    """

    app_store_url: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    file_size_in_bytes: str | Unset = UNSET
    icon: str | Unset = UNSET
    minimum_os: str | Unset = UNSET
    name: str | Unset = UNSET
    release_date: datetime.datetime | Unset = UNSET
    seller_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_store_url = self.app_store_url

        bundle_id = self.bundle_id

        file_size_in_bytes = self.file_size_in_bytes

        icon = self.icon

        minimum_os = self.minimum_os

        name = self.name

        release_date: str | Unset = UNSET
        if not isinstance(self.release_date, Unset):
            release_date = self.release_date.isoformat()

        seller_name = self.seller_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_store_url is not UNSET:
            field_dict["app_store_url"] = app_store_url
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if file_size_in_bytes is not UNSET:
            field_dict["file_size_in_bytes"] = file_size_in_bytes
        if icon is not UNSET:
            field_dict["icon"] = icon
        if minimum_os is not UNSET:
            field_dict["minimum_os"] = minimum_os
        if name is not UNSET:
            field_dict["name"] = name
        if release_date is not UNSET:
            field_dict["release_date"] = release_date
        if seller_name is not UNSET:
            field_dict["seller_name"] = seller_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_store_url = d.pop("app_store_url", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        file_size_in_bytes = d.pop("file_size_in_bytes", UNSET)

        icon = d.pop("icon", UNSET)

        minimum_os = d.pop("minimum_os", UNSET)

        name = d.pop("name", UNSET)

        _release_date = d.pop("release_date", UNSET)
        release_date: datetime.datetime | Unset
        if isinstance(_release_date, Unset):
            release_date = UNSET
        else:
            release_date = datetime.datetime.fromisoformat(_release_date)

        seller_name = d.pop("seller_name", UNSET)

        apple_app_store_app = cls(
            app_store_url=app_store_url,
            bundle_id=bundle_id,
            file_size_in_bytes=file_size_in_bytes,
            icon=icon,
            minimum_os=minimum_os,
            name=name,
            release_date=release_date,
            seller_name=seller_name,
        )

        apple_app_store_app.additional_properties = d
        return apple_app_store_app

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
