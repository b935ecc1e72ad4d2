from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_schedule_args_time_type_enum import (
    OperationScheduleArgsTimeTypeEnum,
    check_operation_schedule_args_time_type_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleArgs")


@_attrs_define
class ScheduleArgs:
    """
    Attributes:
        days (list[int] | Unset):
        end_datetime (datetime.datetime | Unset):
        start_datetime (datetime.datetime | Unset):
        time_type (OperationScheduleArgsTimeTypeEnum | Unset):
        window_end_time (datetime.datetime | Unset):
        window_start_time (datetime.datetime | Unset):
    """

    days: list[int] | Unset = UNSET
    end_datetime: datetime.datetime | Unset = UNSET
    start_datetime: datetime.datetime | Unset = UNSET
    time_type: OperationScheduleArgsTimeTypeEnum | Unset = UNSET
    window_end_time: datetime.datetime | Unset = UNSET
    window_start_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days: list[int] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        end_datetime: str | Unset = UNSET
        if not isinstance(self.end_datetime, Unset):
            end_datetime = self.end_datetime.isoformat()

        start_datetime: str | Unset = UNSET
        if not isinstance(self.start_datetime, Unset):
            start_datetime = self.start_datetime.isoformat()

        time_type: str | Unset = UNSET
        if not isinstance(self.time_type, Unset):
            time_type = self.time_type

        window_end_time: str | Unset = UNSET
        if not isinstance(self.window_end_time, Unset):
            window_end_time = self.window_end_time.isoformat()

        window_start_time: str | Unset = UNSET
        if not isinstance(self.window_start_time, Unset):
            window_start_time = self.window_start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days is not UNSET:
            field_dict["days"] = days
        if end_datetime is not UNSET:
            field_dict["end_datetime"] = end_datetime
        if start_datetime is not UNSET:
            field_dict["start_datetime"] = start_datetime
        if time_type is not UNSET:
            field_dict["time_type"] = time_type
        if window_end_time is not UNSET:
            field_dict["window_end_time"] = window_end_time
        if window_start_time is not UNSET:
            field_dict["window_start_time"] = window_start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days = cast(list[int], d.pop("days", UNSET))

        _end_datetime = d.pop("end_datetime", UNSET)
        end_datetime: datetime.datetime | Unset
        if isinstance(_end_datetime, Unset):
            end_datetime = UNSET
        else:
            end_datetime = datetime.datetime.fromisoformat(_end_datetime)

        _start_datetime = d.pop("start_datetime", UNSET)
        start_datetime: datetime.datetime | Unset
        if isinstance(_start_datetime, Unset):
            start_datetime = UNSET
        else:
            start_datetime = datetime.datetime.fromisoformat(_start_datetime)

        _time_type = d.pop("time_type", UNSET)
        time_type: OperationScheduleArgsTimeTypeEnum | Unset
        if isinstance(_time_type, Unset):
            time_type = UNSET
        else:
            time_type = check_operation_schedule_args_time_type_enum(_time_type)

        _window_end_time = d.pop("window_end_time", UNSET)
        window_end_time: datetime.datetime | Unset
        if isinstance(_window_end_time, Unset):
            window_end_time = UNSET
        else:
            window_end_time = datetime.datetime.fromisoformat(_window_end_time)

        _window_start_time = d.pop("window_start_time", UNSET)
        window_start_time: datetime.datetime | Unset
        if isinstance(_window_start_time, Unset):
            window_start_time = UNSET
        else:
            window_start_time = datetime.datetime.fromisoformat(_window_start_time)

        schedule_args = cls(
            days=days,
            end_datetime=end_datetime,
            start_datetime=start_datetime,
            time_type=time_type,
            window_end_time=window_end_time,
            window_start_time=window_start_time,
        )

        schedule_args.additional_properties = d
        return schedule_args

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
