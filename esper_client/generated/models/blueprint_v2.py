from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_v2 import SettingsV2


T = TypeVar("T", bound="BlueprintV2")


@_attrs_define
class BlueprintV2:
    """
    Attributes:
        comments (str | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        description (str | Unset):
        id (UUID | Unset):
        minor_version_number (int | Unset):
        name (str | Unset):
        publish (bool | Unset):
        settings (SettingsV2 | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        version_id (UUID | Unset):
        version_number (int | Unset):
    """

    comments: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    description: str | Unset = UNSET
    id: UUID | Unset = UNSET
    minor_version_number: int | Unset = UNSET
    name: str | Unset = UNSET
    publish: bool | Unset = UNSET
    settings: SettingsV2 | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    version_id: UUID | Unset = UNSET
    version_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comments = self.comments

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        description = self.description

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        minor_version_number = self.minor_version_number

        name = self.name

        publish = self.publish

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        version_id: str | Unset = UNSET
        if not isinstance(self.version_id, Unset):
            version_id = str(self.version_id)

        version_number = self.version_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comments is not UNSET:
            field_dict["comments"] = comments
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if minor_version_number is not UNSET:
            field_dict["minor_version_number"] = minor_version_number
        if name is not UNSET:
            field_dict["name"] = name
        if publish is not UNSET:
            field_dict["publish"] = publish
        if settings is not UNSET:
            field_dict["settings"] = settings
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_number is not UNSET:
            field_dict["version_number"] = version_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (SettingsV2,) = _nested_models()

        d = dict(src_dict)
        comments = d.pop("comments", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        description = d.pop("description", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        minor_version_number = d.pop("minor_version_number", UNSET)

        name = d.pop("name", UNSET)

        publish = d.pop("publish", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: SettingsV2 | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = SettingsV2.from_dict(_settings)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        _version_id = d.pop("version_id", UNSET)
        version_id: UUID | Unset
        if isinstance(_version_id, Unset):
            version_id = UNSET
        else:
            version_id = UUID(_version_id)

        version_number = d.pop("version_number", UNSET)

        blueprint_v2 = cls(
            comments=comments,
            created_at=created_at,
            created_by=created_by,
            description=description,
            id=id,
            minor_version_number=minor_version_number,
            name=name,
            publish=publish,
            settings=settings,
            updated_at=updated_at,
            updated_by=updated_by,
            version_id=version_id,
            version_number=version_number,
        )

        blueprint_v2.additional_properties = d
        return blueprint_v2

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
def _nested_models() -> tuple[type[SettingsV2],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.settings_v2 import SettingsV2  # noqa: PLC0415

    return (SettingsV2,)
