from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unique_identifier_create import UniqueIdentifierCreate


T = TypeVar("T", bound="DirectoryRecordCreate")


@_attrs_define
class DirectoryRecordCreate:
    """
    Attributes:
        unique_identifiers (list[UniqueIdentifierCreate]):
        alias (str | Unset):
        group_id (UUID | Unset):
        tags (list[str] | Unset):
    """

    unique_identifiers: list[UniqueIdentifierCreate]
    alias: str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_identifiers = []
        for unique_identifiers_item_data in self.unique_identifiers:
            unique_identifiers_item = unique_identifiers_item_data.to_dict()
            unique_identifiers.append(unique_identifiers_item)

        alias = self.alias

        group_id: str | Unset = UNSET
        if not isinstance(self.group_id, Unset):
            group_id = str(self.group_id)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unique_identifiers": unique_identifiers,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (UniqueIdentifierCreate,) = _nested_models()

        d = dict(src_dict)
        unique_identifiers = []
        _unique_identifiers = d.pop("unique_identifiers")
        for unique_identifiers_item_data in _unique_identifiers:
            unique_identifiers_item = UniqueIdentifierCreate.from_dict(unique_identifiers_item_data)

            unique_identifiers.append(unique_identifiers_item)

        alias = d.pop("alias", UNSET)

        _group_id = d.pop("group_id", UNSET)
        group_id: UUID | Unset
        if isinstance(_group_id, Unset):
            group_id = UNSET
        else:
            group_id = UUID(_group_id)

        tags = cast(list[str], d.pop("tags", UNSET))

        directory_record_create = cls(
            unique_identifiers=unique_identifiers,
            alias=alias,
            group_id=group_id,
            tags=tags,
        )

        directory_record_create.additional_properties = d
        return directory_record_create

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
def _nested_models() -> tuple[type[UniqueIdentifierCreate],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.unique_identifier_create import UniqueIdentifierCreate  # noqa: PLC0415

    return (UniqueIdentifierCreate,)
