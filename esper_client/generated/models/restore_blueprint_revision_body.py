from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreBlueprintRevisionBody")


@_attrs_define
class RestoreBlueprintRevisionBody:
    """
    Attributes:
        revision_id (UUID | Unset):
    """

    revision_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revision_id: str | Unset = UNSET
        if not isinstance(self.revision_id, Unset):
            revision_id = str(self.revision_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revision_id is not UNSET:
            field_dict["revision_id"] = revision_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _revision_id = d.pop("revision_id", UNSET)
        revision_id: UUID | Unset
        if isinstance(_revision_id, Unset):
            revision_id = UNSET
        else:
            revision_id = UUID(_revision_id)

        restore_blueprint_revision_body = cls(
            revision_id=revision_id,
        )

        restore_blueprint_revision_body.additional_properties = d
        return restore_blueprint_revision_body

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
