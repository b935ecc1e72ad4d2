from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VariableSet")


@_attrs_define
class VariableSet:
    """
    Attributes:
        placeholder (str | Unset):
        user_value (str | Unset):
    """

    placeholder: str | Unset = UNSET
    user_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        placeholder = self.placeholder

        user_value = self.user_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if user_value is not UNSET:
            field_dict["user_value"] = user_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        placeholder = d.pop("placeholder", UNSET)

        user_value = d.pop("user_value", UNSET)

        variable_set = cls(
            placeholder=placeholder,
            user_value=user_value,
        )

        variable_set.additional_properties = d
        return variable_set

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
