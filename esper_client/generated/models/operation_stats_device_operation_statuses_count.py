from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationStatsDeviceOperationStatusesCount")


@_attrs_define
class OperationStatsDeviceOperationStatusesCount:
    """
    Attributes:
        dispatch_failed_count (int | Unset):
        dispatched_device_count (int | Unset):
        failed_device_count (int | Unset):
        resolved_device_count (int | Unset):
        success_device_count (int | Unset):
    """

    dispatch_failed_count: int | Unset = UNSET
    dispatched_device_count: int | Unset = UNSET
    failed_device_count: int | Unset = UNSET
    resolved_device_count: int | Unset = UNSET
    success_device_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dispatch_failed_count = self.dispatch_failed_count

        dispatched_device_count = self.dispatched_device_count

        failed_device_count = self.failed_device_count

        resolved_device_count = self.resolved_device_count

        success_device_count = self.success_device_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dispatch_failed_count is not UNSET:
            field_dict["dispatch_failed_count"] = dispatch_failed_count
        if dispatched_device_count is not UNSET:
            field_dict["dispatched_device_count"] = dispatched_device_count
        if failed_device_count is not UNSET:
            field_dict["failed_device_count"] = failed_device_count
        if resolved_device_count is not UNSET:
            field_dict["resolved_device_count"] = resolved_device_count
        if success_device_count is not UNSET:
            field_dict["success_device_count"] = success_device_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dispatch_failed_count = d.pop("dispatch_failed_count", UNSET)

        dispatched_device_count = d.pop("dispatched_device_count", UNSET)

        failed_device_count = d.pop("failed_device_count", UNSET)

        resolved_device_count = d.pop("resolved_device_count", UNSET)

        success_device_count = d.pop("success_device_count", UNSET)

        operation_stats_device_operation_statuses_count = cls(
            dispatch_failed_count=dispatch_failed_count,
            dispatched_device_count=dispatched_device_count,
            failed_device_count=failed_device_count,
            resolved_device_count=resolved_device_count,
            success_device_count=success_device_count,
        )

        operation_stats_device_operation_statuses_count.additional_properties = d
        return operation_stats_device_operation_statuses_count

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
