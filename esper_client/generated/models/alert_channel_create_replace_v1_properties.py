from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertChannelCreateReplaceV1Properties")


@_attrs_define
class AlertChannelCreateReplaceV1Properties:
    """
    Attributes:
        to_address (list[str] | Unset):
    """

    to_address: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_address: list[str] | Unset = UNSET
        if not isinstance(self.to_address, Unset):
            to_address = self.to_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to_address is not UNSET:
            field_dict["to_address"] = to_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_address = cast(list[str], d.pop("to_address", UNSET))

        alert_channel_create_replace_v1_properties = cls(
            to_address=to_address,
        )

        alert_channel_create_replace_v1_properties.additional_properties = d
        return alert_channel_create_replace_v1_properties

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
