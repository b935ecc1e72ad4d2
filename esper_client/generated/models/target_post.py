from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetPOST")


@_attrs_define
class TargetPOST:
    """
    Attributes:
        device_id (UUID):
        device_name (str):
        device_alias (str | Unset):
        is_active (bool | Unset):
    """

    device_id: UUID
    device_name: str
    device_alias: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = str(self.device_id)

        device_name = self.device_name

        device_alias = self.device_alias

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_id": device_id,
                "device_name": device_name,
            }
        )
        if device_alias is not UNSET:
            field_dict["device_alias"] = device_alias
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_id = UUID(d.pop("device_id"))

        device_name = d.pop("device_name")

        device_alias = d.pop("device_alias", UNSET)

        is_active = d.pop("is_active", UNSET)

        target_post = cls(
            device_id=device_id,
            device_name=device_name,
            device_alias=device_alias,
            is_active=is_active,
        )

        target_post.additional_properties = d
        return target_post

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
