from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteTargetListDeviceGroupResponse200Content")


@_attrs_define
class DeleteTargetListDeviceGroupResponse200Content:
    """
    Attributes:
        device_group (str | Unset):
        target_list (str | Unset):
    """

    device_group: str | Unset = UNSET
    target_list: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_group = self.device_group

        target_list = self.target_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_group is not UNSET:
            field_dict["device_group"] = device_group
        if target_list is not UNSET:
            field_dict["target_list"] = target_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_group = d.pop("device_group", UNSET)

        target_list = d.pop("target_list", UNSET)

        delete_target_list_device_group_response_200_content = cls(
            device_group=device_group,
            target_list=target_list,
        )

        delete_target_list_device_group_response_200_content.additional_properties = d
        return delete_target_list_device_group_response_200_content

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
