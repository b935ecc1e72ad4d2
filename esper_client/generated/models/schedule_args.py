from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.operation_schedule_args_time_type_enum import (
    OperationScheduleArgsTimeTypeEnum,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """ScheduleArgs's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("days", "days", _rt.list_of(_rt.INT)),
            _rt.Field("end_datetime", "end_datetime", _rt.DATETIME),
            _rt.Field("start_datetime", "start_datetime", _rt.DATETIME),
            _rt.Field("time_type", "time_type", _rt.enum("OperationScheduleArgsTimeTypeEnum", ["console", "device"])),
            _rt.Field("window_end_time", "window_end_time", _rt.DATETIME),
            _rt.Field("window_start_time", "window_start_time", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class ScheduleArgs:
    """
    Attributes:
        days (list[int] | Unset):
        end_datetime (datetime.datetime | Unset):
        start_datetime (datetime.datetime | Unset):
        time_type (OperationScheduleArgsTimeTypeEnum | Unset): 'console': Times are in the time zone of the user who
            made the schedule.
            'device': Times are in each device's own local time zone.
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
