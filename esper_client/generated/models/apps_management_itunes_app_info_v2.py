from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsManagementItunesAppInfoV2")


@_attrs_define
class AppsManagementItunesAppInfoV2:
    """
    Attributes:
        app_id (UUID | Unset):
        app_name (str | Unset):
        app_size (int | Unset):
        app_version_id (UUID | Unset):
        apple_app_id (str | Unset):
        apple_app_version (str | Unset):
        bundle_id (str | Unset):
        description (str | Unset):
        developer (str | Unset):
        device_families (list[str] | Unset):
        genres (list[str] | Unset):
        icon_url (str | Unset):
        itunes_url (str | Unset):
        last_updated_date (str | Unset):
        minimum_os_version (str | Unset):
        price (float | Unset):
        pricing_param (str | Unset):
    """

    app_id: UUID | Unset = UNSET
    app_name: str | Unset = UNSET
    app_size: int | Unset = UNSET
    app_version_id: UUID | Unset = UNSET
    apple_app_id: str | Unset = UNSET
    apple_app_version: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    description: str | Unset = UNSET
    developer: str | Unset = UNSET
    device_families: list[str] | Unset = UNSET
    genres: list[str] | Unset = UNSET
    icon_url: str | Unset = UNSET
    itunes_url: str | Unset = UNSET
    last_updated_date: str | Unset = UNSET
    minimum_os_version: str | Unset = UNSET
    price: float | Unset = UNSET
    pricing_param: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id: str | Unset = UNSET
        if not isinstance(self.app_id, Unset):
            app_id = str(self.app_id)

        app_name = self.app_name

        app_size = self.app_size

        app_version_id: str | Unset = UNSET
        if not isinstance(self.app_version_id, Unset):
            app_version_id = str(self.app_version_id)

        apple_app_id = self.apple_app_id

        apple_app_version = self.apple_app_version

        bundle_id = self.bundle_id

        description = self.description

        developer = self.developer

        device_families: list[str] | Unset = UNSET
        if not isinstance(self.device_families, Unset):
            device_families = self.device_families

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        icon_url = self.icon_url

        itunes_url = self.itunes_url

        last_updated_date = self.last_updated_date

        minimum_os_version = self.minimum_os_version

        price = self.price

        pricing_param = self.pricing_param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_size is not UNSET:
            field_dict["app_size"] = app_size
        if app_version_id is not UNSET:
            field_dict["app_version_id"] = app_version_id
        if apple_app_id is not UNSET:
            field_dict["apple_app_id"] = apple_app_id
        if apple_app_version is not UNSET:
            field_dict["apple_app_version"] = apple_app_version
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if description is not UNSET:
            field_dict["description"] = description
        if developer is not UNSET:
            field_dict["developer"] = developer
        if device_families is not UNSET:
            field_dict["device_families"] = device_families
        if genres is not UNSET:
            field_dict["genres"] = genres
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if itunes_url is not UNSET:
            field_dict["itunes_url"] = itunes_url
        if last_updated_date is not UNSET:
            field_dict["last_updated_date"] = last_updated_date
        if minimum_os_version is not UNSET:
            field_dict["minimum_os_version"] = minimum_os_version
        if price is not UNSET:
            field_dict["price"] = price
        if pricing_param is not UNSET:
            field_dict["pricing_param"] = pricing_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _app_id = d.pop("app_id", UNSET)
        app_id: UUID | Unset
        if isinstance(_app_id, Unset):
            app_id = UNSET
        else:
            app_id = UUID(_app_id)

        app_name = d.pop("app_name", UNSET)

        app_size = d.pop("app_size", UNSET)

        _app_version_id = d.pop("app_version_id", UNSET)
        app_version_id: UUID | Unset
        if isinstance(_app_version_id, Unset):
            app_version_id = UNSET
        else:
            app_version_id = UUID(_app_version_id)

        apple_app_id = d.pop("apple_app_id", UNSET)

        apple_app_version = d.pop("apple_app_version", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        description = d.pop("description", UNSET)

        developer = d.pop("developer", UNSET)

        device_families = cast(list[str], d.pop("device_families", UNSET))

        genres = cast(list[str], d.pop("genres", UNSET))

        icon_url = d.pop("icon_url", UNSET)

        itunes_url = d.pop("itunes_url", UNSET)

        last_updated_date = d.pop("last_updated_date", UNSET)

        minimum_os_version = d.pop("minimum_os_version", UNSET)

        price = d.pop("price", UNSET)

        pricing_param = d.pop("pricing_param", UNSET)

        apps_management_itunes_app_info_v2 = cls(
            app_id=app_id,
            app_name=app_name,
            app_size=app_size,
            app_version_id=app_version_id,
            apple_app_id=apple_app_id,
            apple_app_version=apple_app_version,
            bundle_id=bundle_id,
            description=description,
            developer=developer,
            device_families=device_families,
            genres=genres,
            icon_url=icon_url,
            itunes_url=itunes_url,
            last_updated_date=last_updated_date,
            minimum_os_version=minimum_os_version,
            price=price,
            pricing_param=pricing_param,
        )

        apps_management_itunes_app_info_v2.additional_properties = d
        return apps_management_itunes_app_info_v2

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
