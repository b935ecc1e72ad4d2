from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_stats_device_operation_statuses_count import OperationStatsDeviceOperationStatusesCount


T = TypeVar("T", bound="OperationStats")


@_attrs_define
class OperationStats:
    """
    Attributes:
        device_operation_statuses_count (OperationStatsDeviceOperationStatusesCount | Unset):
    """

    device_operation_statuses_count: OperationStatsDeviceOperationStatusesCount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_operation_statuses_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_operation_statuses_count, Unset):
            device_operation_statuses_count = self.device_operation_statuses_count.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_operation_statuses_count is not UNSET:
            field_dict["device_operation_statuses_count"] = device_operation_statuses_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (OperationStatsDeviceOperationStatusesCount,) = _nested_models()

        d = dict(src_dict)
        _device_operation_statuses_count = d.pop("device_operation_statuses_count", UNSET)
        device_operation_statuses_count: OperationStatsDeviceOperationStatusesCount | Unset
        if isinstance(_device_operation_statuses_count, Unset):
            device_operation_statuses_count = UNSET
        else:
            device_operation_statuses_count = OperationStatsDeviceOperationStatusesCount.from_dict(
                _device_operation_statuses_count
            )

        operation_stats = cls(
            device_operation_statuses_count=device_operation_statuses_count,
        )

        operation_stats.additional_properties = d
        return operation_stats

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


@cache
def _nested_models() -> tuple[type[OperationStatsDeviceOperationStatusesCount],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.operation_stats_device_operation_statuses_count import OperationStatsDeviceOperationStatusesCount  # noqa: PLC0415

    return (OperationStatsDeviceOperationStatusesCount,)
