from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_connection_list_strategy import CustomConnectionListStrategy, check_custom_connection_list_strategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomConnectionList")


@_attrs_define
class CustomConnectionList:
    """
    Attributes:
        is_default (bool | Unset):
        name (str | Unset):
        strategy (CustomConnectionListStrategy | Unset):
    """

    is_default: bool | Unset = UNSET
    name: str | Unset = UNSET
    strategy: CustomConnectionListStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_default = self.is_default

        name = self.name

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if name is not UNSET:
            field_dict["name"] = name
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_default = d.pop("is_default", UNSET)

        name = d.pop("name", UNSET)

        _strategy = d.pop("strategy", UNSET)
        strategy: CustomConnectionListStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = check_custom_connection_list_strategy(_strategy)

        custom_connection_list = cls(
            is_default=is_default,
            name=name,
            strategy=strategy,
        )

        custom_connection_list.additional_properties = d
        return custom_connection_list

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
