from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FoundryEventV1Meta")


@_attrs_define
class FoundryEventV1Meta:
    """
    Attributes:
        change_type (str | Unset):
        device_model (str | Unset):
        user_remarks (str | Unset):
    """

    change_type: str | Unset = UNSET
    device_model: str | Unset = UNSET
    user_remarks: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change_type = self.change_type

        device_model = self.device_model

        user_remarks = self.user_remarks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if change_type is not UNSET:
            field_dict["change_type"] = change_type
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if user_remarks is not UNSET:
            field_dict["user_remarks"] = user_remarks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change_type = d.pop("change_type", UNSET)

        device_model = d.pop("device_model", UNSET)

        user_remarks = d.pop("user_remarks", UNSET)

        foundry_event_v1_meta = cls(
            change_type=change_type,
            device_model=device_model,
            user_remarks=user_remarks,
        )

        foundry_event_v1_meta.additional_properties = d
        return foundry_event_v1_meta

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
