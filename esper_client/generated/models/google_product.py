from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleProduct")


@_attrs_define
class GoogleProduct:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        google_enterprise (int | Unset):
        google_product_id (str | Unset):
        icon_url (str | Unset):
        id (UUID | Unset):
        is_active (bool | Unset):
        min_sdk_version (str | Unset):
        package_name (str | Unset):
        title (str | Unset):
        unapproved (bool | Unset):
        updated_on (datetime.datetime | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    google_enterprise: int | Unset = UNSET
    google_product_id: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    id: UUID | Unset = UNSET
    is_active: bool | Unset = UNSET
    min_sdk_version: str | Unset = UNSET
    package_name: str | Unset = UNSET
    title: str | Unset = UNSET
    unapproved: bool | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        google_enterprise = self.google_enterprise

        google_product_id = self.google_product_id

        icon_url = self.icon_url

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_active = self.is_active

        min_sdk_version = self.min_sdk_version

        package_name = self.package_name

        title = self.title

        unapproved = self.unapproved

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if google_enterprise is not UNSET:
            field_dict["google_enterprise"] = google_enterprise
        if google_product_id is not UNSET:
            field_dict["google_product_id"] = google_product_id
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if min_sdk_version is not UNSET:
            field_dict["min_sdk_version"] = min_sdk_version
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if title is not UNSET:
            field_dict["title"] = title
        if unapproved is not UNSET:
            field_dict["unapproved"] = unapproved
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        google_enterprise = d.pop("google_enterprise", UNSET)

        google_product_id = d.pop("google_product_id", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_active = d.pop("is_active", UNSET)

        min_sdk_version = d.pop("min_sdk_version", UNSET)

        package_name = d.pop("package_name", UNSET)

        title = d.pop("title", UNSET)

        unapproved = d.pop("unapproved", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        google_product = cls(
            created_on=created_on,
            google_enterprise=google_enterprise,
            google_product_id=google_product_id,
            icon_url=icon_url,
            id=id,
            is_active=is_active,
            min_sdk_version=min_sdk_version,
            package_name=package_name,
            title=title,
            unapproved=unapproved,
            updated_on=updated_on,
        )

        google_product.additional_properties = d
        return google_product

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
