from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetRunPOST")


@_attrs_define
class TargetRunPOST:
    """
    Attributes:
        target_id (UUID):
        device_alias (str | Unset):
        device_name (str | Unset):
    """

    target_id: UUID
    device_alias: str | Unset = UNSET
    device_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_id = str(self.target_id)

        device_alias = self.device_alias

        device_name = self.device_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_id": target_id,
            }
        )
        if device_alias is not UNSET:
            field_dict["device_alias"] = device_alias
        if device_name is not UNSET:
            field_dict["device_name"] = device_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_id = UUID(d.pop("target_id"))

        device_alias = d.pop("device_alias", UNSET)

        device_name = d.pop("device_name", UNSET)

        target_run_post = cls(
            target_id=target_id,
            device_alias=device_alias,
            device_name=device_name,
        )

        target_run_post.additional_properties = d
        return target_run_post

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
