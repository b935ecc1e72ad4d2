from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceModelPUTRequestV1")


@_attrs_define
class DeviceModelPUTRequestV1:
    """
    Attributes:
        auto_update (bool | Unset):
        latest (bool | Unset):
        locked_build_id (UUID | Unset):
    """

    auto_update: bool | Unset = UNSET
    latest: bool | Unset = UNSET
    locked_build_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_update = self.auto_update

        latest = self.latest

        locked_build_id: str | Unset = UNSET
        if not isinstance(self.locked_build_id, Unset):
            locked_build_id = str(self.locked_build_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_update is not UNSET:
            field_dict["auto_update"] = auto_update
        if latest is not UNSET:
            field_dict["latest"] = latest
        if locked_build_id is not UNSET:
            field_dict["locked_build_id"] = locked_build_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_update = d.pop("auto_update", UNSET)

        latest = d.pop("latest", UNSET)

        _locked_build_id = d.pop("locked_build_id", UNSET)
        locked_build_id: UUID | Unset
        if isinstance(_locked_build_id, Unset):
            locked_build_id = UNSET
        else:
            locked_build_id = UUID(_locked_build_id)

        device_model_put_request_v1 = cls(
            auto_update=auto_update,
            latest=latest,
            locked_build_id=locked_build_id,
        )

        device_model_put_request_v1.additional_properties = d
        return device_model_put_request_v1

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
