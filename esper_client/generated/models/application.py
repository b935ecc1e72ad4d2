from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_version import ApplicationVersion


T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """
    Attributes:
        application_name (str):
        enterprise (str):
        package_name (str):
        category (None | str | Unset):
        compatibility (None | str | Unset):
        content_rating (str | Unset):
        created_on (datetime.datetime | Unset):
        developer (None | str | Unset):
        id (UUID | Unset):
        is_active (bool | Unset):
        is_hidden (bool | Unset):
        updated_on (datetime.datetime | Unset):
        versions (list[ApplicationVersion] | Unset):
    """

    application_name: str
    enterprise: str
    package_name: str
    category: None | str | Unset = UNSET
    compatibility: None | str | Unset = UNSET
    content_rating: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    developer: None | str | Unset = UNSET
    id: UUID | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    versions: list[ApplicationVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_name = self.application_name

        enterprise = self.enterprise

        package_name = self.package_name

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        compatibility: None | str | Unset
        if isinstance(self.compatibility, Unset):
            compatibility = UNSET
        else:
            compatibility = self.compatibility

        content_rating = self.content_rating

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        developer: None | str | Unset
        if isinstance(self.developer, Unset):
            developer = UNSET
        else:
            developer = self.developer

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_active = self.is_active

        is_hidden = self.is_hidden

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_name": application_name,
                "enterprise": enterprise,
                "package_name": package_name,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if compatibility is not UNSET:
            field_dict["compatibility"] = compatibility
        if content_rating is not UNSET:
            field_dict["content_rating"] = content_rating
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if developer is not UNSET:
            field_dict["developer"] = developer
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ApplicationVersion,) = _nested_models()

        d = dict(src_dict)
        application_name = d.pop("application_name")

        enterprise = d.pop("enterprise")

        package_name = d.pop("package_name")

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_compatibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compatibility = _parse_compatibility(d.pop("compatibility", UNSET))

        content_rating = d.pop("content_rating", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        def _parse_developer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        developer = _parse_developer(d.pop("developer", UNSET))

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_active = d.pop("is_active", UNSET)

        is_hidden = d.pop("is_hidden", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        _versions = d.pop("versions", UNSET)
        versions: list[ApplicationVersion] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:
                versions_item = ApplicationVersion.from_dict(versions_item_data)

                versions.append(versions_item)

        application = cls(
            application_name=application_name,
            enterprise=enterprise,
            package_name=package_name,
            category=category,
            compatibility=compatibility,
            content_rating=content_rating,
            created_on=created_on,
            developer=developer,
            id=id,
            is_active=is_active,
            is_hidden=is_hidden,
            updated_on=updated_on,
            versions=versions,
        )

        application.additional_properties = d
        return application

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
def _nested_models() -> tuple[type[ApplicationVersion],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.application_version import ApplicationVersion  # noqa: PLC0415

    return (ApplicationVersion,)
