from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.operation_with_stats_operation import OperationWithStatsOperation
from ..models.operation_with_stats_schedule_type import (
    OperationWithStatsScheduleType,
)
from ..models.operation_with_stats_state import OperationWithStatsState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_activity_item import OperationActivityItem
    from ..models.operation_stats import OperationStats
    from ..models.operation_with_stats_arguments import OperationWithStatsArguments
    from ..models.operation_with_stats_operation_device_query import OperationWithStatsOperationDeviceQuery
    from ..models.schedule_args import ScheduleArgs


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """OperationWithStats's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.operation_activity_item import OperationActivityItem  # noqa: PLC0415
    from ..models.operation_stats import OperationStats  # noqa: PLC0415
    from ..models.operation_with_stats_arguments import OperationWithStatsArguments  # noqa: PLC0415
    from ..models.operation_with_stats_operation_device_query import OperationWithStatsOperationDeviceQuery  # noqa: PLC0415
    from ..models.schedule_args import ScheduleArgs  # noqa: PLC0415

    return (
        (
            _rt.Field("arguments", "arguments", _rt.model(OperationWithStatsArguments)),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.UUID_),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("operation", "operation", _rt.enum("OperationWithStatsOperation", ["CONVERGE"])),
            _rt.Field("operation_activity", "operation_activity", _rt.list_of(_rt.model(OperationActivityItem))),
            _rt.Field(
                "operation_device_query", "operation_device_query", _rt.model(OperationWithStatsOperationDeviceQuery)
            ),
            _rt.Field("operation_stats", "operation_stats", _rt.model(OperationStats)),
            _rt.Field("reason", "reason", _rt.STR),
            _rt.Field("schedule_args", "schedule_args", _rt.model(ScheduleArgs)),
            _rt.Field(
                "schedule_type", "schedule_type", _rt.enum("OperationWithStatsScheduleType", ["IMMEDIATE", "WINDOW"])
            ),
            _rt.Field(
                "state",
                "state",
                _rt.enum(
                    "OperationWithStatsState",
                    ["COMPLETED", "CREATED", "DISPATCHING", "FAILED", "RESOLVED", "RESOLVING"],
                ),
            ),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.UUID_),
        ),
        _rt.ANY,
    )


@_attrs_define
class OperationWithStats:
    """
    Attributes:
        arguments (OperationWithStatsArguments | Unset):
        created_at (datetime.datetime | Unset):
        created_by (UUID | Unset):
        id (UUID | Unset):
        operation (OperationWithStatsOperation | Unset):
        operation_activity (list[OperationActivityItem] | Unset):
        operation_device_query (OperationWithStatsOperationDeviceQuery | Unset):
        operation_stats (OperationStats | Unset):
        reason (str | Unset):
        schedule_args (ScheduleArgs | Unset):
        schedule_type (OperationWithStatsScheduleType | Unset):
        state (OperationWithStatsState | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (UUID | Unset):
    """

    arguments: OperationWithStatsArguments | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: UUID | Unset = UNSET
    id: UUID | Unset = UNSET
    operation: OperationWithStatsOperation | Unset = UNSET
    operation_activity: list[OperationActivityItem] | Unset = UNSET
    operation_device_query: OperationWithStatsOperationDeviceQuery | Unset = UNSET
    operation_stats: OperationStats | Unset = UNSET
    reason: str | Unset = UNSET
    schedule_args: ScheduleArgs | Unset = UNSET
    schedule_type: OperationWithStatsScheduleType | Unset = UNSET
    state: OperationWithStatsState | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
