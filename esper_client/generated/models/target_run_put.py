from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_run_put_status import TargetRunPUTStatus, check_target_run_put_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetRunPUT")


@_attrs_define
class TargetRunPUT:
    """
    Attributes:
        status (TargetRunPUTStatus):
        device_name (str | Unset):
    """

    status: TargetRunPUTStatus
    device_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        device_name = self.device_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if device_name is not UNSET:
            field_dict["device_name"] = device_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_target_run_put_status(d.pop("status"))

        device_name = d.pop("device_name", UNSET)

        target_run_put = cls(
            status=status,
            device_name=device_name,
        )

        target_run_put.additional_properties = d
        return target_run_put

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
