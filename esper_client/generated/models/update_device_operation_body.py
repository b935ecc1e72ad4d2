from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_device_operation_body_state import (
    UpdateDeviceOperationBodyState,
    check_update_device_operation_body_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDeviceOperationBody")


@_attrs_define
class UpdateDeviceOperationBody:
    """
    Attributes:
        state (UpdateDeviceOperationBodyState):
        operation_type (str | Unset):
        reason (str | Unset):
        service_id (str | Unset):
    """

    state: UpdateDeviceOperationBodyState
    operation_type: str | Unset = UNSET
    reason: str | Unset = UNSET
    service_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str = self.state

        operation_type = self.operation_type

        reason = self.reason

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type
        if reason is not UNSET:
            field_dict["reason"] = reason
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = check_update_device_operation_body_state(d.pop("state"))

        operation_type = d.pop("operation_type", UNSET)

        reason = d.pop("reason", UNSET)

        service_id = d.pop("service_id", UNSET)

        update_device_operation_body = cls(
            state=state,
            operation_type=operation_type,
            reason=reason,
            service_id=service_id,
        )

        update_device_operation_body.additional_properties = d
        return update_device_operation_body

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
