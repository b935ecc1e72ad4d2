from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unique_identifier_create_type import UniqueIdentifierCreateType, check_unique_identifier_create_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="UniqueIdentifierCreate")


@_attrs_define
class UniqueIdentifierCreate:
    """
    Attributes:
        type_ (UniqueIdentifierCreateType | Unset):
        unique_id (str | Unset):
    """

    type_: UniqueIdentifierCreateType | Unset = UNSET
    unique_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        unique_id = self.unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: UniqueIdentifierCreateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_unique_identifier_create_type(_type_)

        unique_id = d.pop("unique_id", UNSET)

        unique_identifier_create = cls(
            type_=type_,
            unique_id=unique_id,
        )

        unique_identifier_create.additional_properties = d
        return unique_identifier_create

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
