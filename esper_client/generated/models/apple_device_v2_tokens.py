from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppleDeviceV2Tokens")


@_attrs_define
class AppleDeviceV2Tokens:
    """
    Attributes:
        device_token (str | Unset):
        push_magic (str | Unset):
        push_token (str | Unset):
    """

    device_token: str | Unset = UNSET
    push_magic: str | Unset = UNSET
    push_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_token = self.device_token

        push_magic = self.push_magic

        push_token = self.push_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_token is not UNSET:
            field_dict["device_token"] = device_token
        if push_magic is not UNSET:
            field_dict["push_magic"] = push_magic
        if push_token is not UNSET:
            field_dict["push_token"] = push_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_token = d.pop("device_token", UNSET)

        push_magic = d.pop("push_magic", UNSET)

        push_token = d.pop("push_token", UNSET)

        apple_device_v2_tokens = cls(
            device_token=device_token,
            push_magic=push_magic,
            push_token=push_token,
        )

        apple_device_v2_tokens.additional_properties = d
        return apple_device_v2_tokens

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
