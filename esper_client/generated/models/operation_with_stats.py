from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_with_stats_operation import OperationWithStatsOperation, check_operation_with_stats_operation
from ..models.operation_with_stats_schedule_type import (
    OperationWithStatsScheduleType,
    check_operation_with_stats_schedule_type,
)
from ..models.operation_with_stats_state import OperationWithStatsState, check_operation_with_stats_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_activity_item import OperationActivityItem
    from ..models.operation_stats import OperationStats
    from ..models.operation_with_stats_arguments import OperationWithStatsArguments
    from ..models.operation_with_stats_operation_device_query import OperationWithStatsOperationDeviceQuery
    from ..models.schedule_args import ScheduleArgs


T = TypeVar("T", bound="OperationWithStats")


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

    def to_dict(self) -> dict[str, Any]:
        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = self.arguments.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: str | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = str(self.created_by)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        operation_activity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operation_activity, Unset):
            operation_activity = []
            for componentsschemas_operation_activity_item_data in self.operation_activity:
                componentsschemas_operation_activity_item = componentsschemas_operation_activity_item_data.to_dict()
                operation_activity.append(componentsschemas_operation_activity_item)

        operation_device_query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation_device_query, Unset):
            operation_device_query = self.operation_device_query.to_dict()

        operation_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation_stats, Unset):
            operation_stats = self.operation_stats.to_dict()

        reason = self.reason

        schedule_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_args, Unset):
            schedule_args = self.schedule_args.to_dict()

        schedule_type: str | Unset = UNSET
        if not isinstance(self.schedule_type, Unset):
            schedule_type = self.schedule_type

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by: str | Unset = UNSET
        if not isinstance(self.updated_by, Unset):
            updated_by = str(self.updated_by)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if id is not UNSET:
            field_dict["id"] = id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if operation_activity is not UNSET:
            field_dict["operation_activity"] = operation_activity
        if operation_device_query is not UNSET:
            field_dict["operation_device_query"] = operation_device_query
        if operation_stats is not UNSET:
            field_dict["operation_stats"] = operation_stats
        if reason is not UNSET:
            field_dict["reason"] = reason
        if schedule_args is not UNSET:
            field_dict["schedule_args"] = schedule_args
        if schedule_type is not UNSET:
            field_dict["schedule_type"] = schedule_type
        if state is not UNSET:
            field_dict["state"] = state
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            OperationActivityItem,
            OperationStats,
            OperationWithStatsArguments,
            OperationWithStatsOperationDeviceQuery,
            ScheduleArgs,
        ) = _nested_models()

        d = dict(src_dict)
        _arguments = d.pop("arguments", UNSET)
        arguments: OperationWithStatsArguments | Unset
        if isinstance(_arguments, Unset):
            arguments = UNSET
        else:
            arguments = OperationWithStatsArguments.from_dict(_arguments)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _created_by = d.pop("created_by", UNSET)
        created_by: UUID | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = UUID(_created_by)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _operation = d.pop("operation", UNSET)
        operation: OperationWithStatsOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_operation_with_stats_operation(_operation)

        _operation_activity = d.pop("operation_activity", UNSET)
        operation_activity: list[OperationActivityItem] | Unset = UNSET
        if _operation_activity is not UNSET:
            operation_activity = []
            for componentsschemas_operation_activity_item_data in _operation_activity:
                componentsschemas_operation_activity_item = OperationActivityItem.from_dict(
                    componentsschemas_operation_activity_item_data
                )

                operation_activity.append(componentsschemas_operation_activity_item)

        _operation_device_query = d.pop("operation_device_query", UNSET)
        operation_device_query: OperationWithStatsOperationDeviceQuery | Unset
        if isinstance(_operation_device_query, Unset):
            operation_device_query = UNSET
        else:
            operation_device_query = OperationWithStatsOperationDeviceQuery.from_dict(_operation_device_query)

        _operation_stats = d.pop("operation_stats", UNSET)
        operation_stats: OperationStats | Unset
        if isinstance(_operation_stats, Unset):
            operation_stats = UNSET
        else:
            operation_stats = OperationStats.from_dict(_operation_stats)

        reason = d.pop("reason", UNSET)

        _schedule_args = d.pop("schedule_args", UNSET)
        schedule_args: ScheduleArgs | Unset
        if isinstance(_schedule_args, Unset):
            schedule_args = UNSET
        else:
            schedule_args = ScheduleArgs.from_dict(_schedule_args)

        _schedule_type = d.pop("schedule_type", UNSET)
        schedule_type: OperationWithStatsScheduleType | Unset
        if isinstance(_schedule_type, Unset):
            schedule_type = UNSET
        else:
            schedule_type = check_operation_with_stats_schedule_type(_schedule_type)

        _state = d.pop("state", UNSET)
        state: OperationWithStatsState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_operation_with_stats_state(_state)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _updated_by = d.pop("updated_by", UNSET)
        updated_by: UUID | Unset
        if isinstance(_updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = UUID(_updated_by)

        operation_with_stats = cls(
            arguments=arguments,
            created_at=created_at,
            created_by=created_by,
            id=id,
            operation=operation,
            operation_activity=operation_activity,
            operation_device_query=operation_device_query,
            operation_stats=operation_stats,
            reason=reason,
            schedule_args=schedule_args,
            schedule_type=schedule_type,
            state=state,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        operation_with_stats.additional_properties = d
        return operation_with_stats

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
def _nested_models() -> tuple[
    type[OperationActivityItem],
    type[OperationStats],
    type[OperationWithStatsArguments],
    type[OperationWithStatsOperationDeviceQuery],
    type[ScheduleArgs],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.operation_activity_item import OperationActivityItem  # noqa: PLC0415
    from ..models.operation_stats import OperationStats  # noqa: PLC0415
    from ..models.operation_with_stats_arguments import OperationWithStatsArguments  # noqa: PLC0415
    from ..models.operation_with_stats_operation_device_query import OperationWithStatsOperationDeviceQuery  # noqa: PLC0415
    from ..models.schedule_args import ScheduleArgs  # noqa: PLC0415

    return (
        OperationActivityItem,
        OperationStats,
        OperationWithStatsArguments,
        OperationWithStatsOperationDeviceQuery,
        ScheduleArgs,
    )
