from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_list_post_target_list_type import (
    TargetListPOSTTargetListType,
    check_target_list_post_target_list_type,
)

T = TypeVar("T", bound="TargetListPOST")


@_attrs_define
class TargetListPOST:
    """
    Attributes:
        name (str):
        target_list_type (TargetListPOSTTargetListType):
    """

    name: str
    target_list_type: TargetListPOSTTargetListType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        target_list_type: str = self.target_list_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "target_list_type": target_list_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        target_list_type = check_target_list_post_target_list_type(d.pop("target_list_type"))

        target_list_post = cls(
            name=name,
            target_list_type=target_list_type,
        )

        target_list_post.additional_properties = d
        return target_list_post

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
