from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.v0_command_schedule_args_time_type_enum import (
    V0CommandScheduleArgsTimeTypeEnum,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """V0CommandScheduleArgs's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("days", "days", _rt.list_of(_rt.STR)),
            _rt.Field("end_datetime", "end_datetime", _rt.DATETIME),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("start_datetime", "start_datetime", _rt.DATETIME),
            _rt.Field("time_type", "time_type", _rt.enum("V0CommandScheduleArgsTimeTypeEnum", ["console", "device"])),
            _rt.Field("window_end_time", "window_end_time", _rt.STR),
            _rt.Field("window_start_time", "window_start_time", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class V0CommandScheduleArgs:
    """
    Attributes:
        days (list[str] | Unset): Days on which the schedule applies.
        end_datetime (datetime.datetime | Unset): When the schedule ends.
        name (str | Unset): A name for the schedule.
        start_datetime (datetime.datetime | Unset): When the schedule starts.
        time_type (V0CommandScheduleArgsTimeTypeEnum | Unset): 'console': Times are in the time zone of the user who
            made the schedule.
            'device': Times are in each device's own local time zone.
        window_end_time (str | Unset): Set by the server from the time of day of end_datetime; a value sent here is not
            used.
        window_start_time (str | Unset): Set by the server from the time of day of start_datetime; a value sent here is
            not used.
    """

    days: list[str] | Unset = UNSET
    end_datetime: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    start_datetime: datetime.datetime | Unset = UNSET
    time_type: V0CommandScheduleArgsTimeTypeEnum | Unset = UNSET
    window_end_time: str | Unset = UNSET
    window_start_time: str | Unset = UNSET
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
