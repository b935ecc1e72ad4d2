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
    from ..models.blueprint_revision import BlueprintRevision


T = TypeVar("T", bound="Blueprint")


@_attrs_define
class Blueprint:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        description (str | Unset):
        group (UUID | Unset):
        id (UUID | Unset):
        latest_revision (BlueprintRevision | Unset):
        locked (bool | Unset):
        name (str | Unset):
        updated_on (datetime.datetime | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    group: UUID | Unset = UNSET
    id: UUID | Unset = UNSET
    latest_revision: BlueprintRevision | Unset = UNSET
    locked: bool | Unset = UNSET
    name: str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        description = self.description

        group: str | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = str(self.group)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        latest_revision: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_revision, Unset):
            latest_revision = self.latest_revision.to_dict()

        locked = self.locked

        name = self.name

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if description is not UNSET:
            field_dict["description"] = description
        if group is not UNSET:
            field_dict["group"] = group
        if id is not UNSET:
            field_dict["id"] = id
        if latest_revision is not UNSET:
            field_dict["latest_revision"] = latest_revision
        if locked is not UNSET:
            field_dict["locked"] = locked
        if name is not UNSET:
            field_dict["name"] = name
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (BlueprintRevision,) = _nested_models()

        d = dict(src_dict)
        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        description = d.pop("description", UNSET)

        _group = d.pop("group", UNSET)
        group: UUID | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = UUID(_group)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _latest_revision = d.pop("latest_revision", UNSET)
        latest_revision: BlueprintRevision | Unset
        if isinstance(_latest_revision, Unset):
            latest_revision = UNSET
        else:
            latest_revision = BlueprintRevision.from_dict(_latest_revision)

        locked = d.pop("locked", UNSET)

        name = d.pop("name", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        blueprint = cls(
            created_on=created_on,
            description=description,
            group=group,
            id=id,
            latest_revision=latest_revision,
            locked=locked,
            name=name,
            updated_on=updated_on,
        )

        blueprint.additional_properties = d
        return blueprint

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
def _nested_models() -> tuple[type[BlueprintRevision],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.blueprint_revision import BlueprintRevision  # noqa: PLC0415

    return (BlueprintRevision,)
