"""'console': Times are in the time zone of the user who made the schedule.
'device': Times are in each device's own local time zone."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    OperationScheduleArgsTimeTypeEnum = Literal["console", "device"]
else:
    OperationScheduleArgsTimeTypeEnum = _rt.documented_literal(Literal["console", "device"], __doc__)

OPERATION_SCHEDULE_ARGS_TIME_TYPE_ENUM_VALUES: set[OperationScheduleArgsTimeTypeEnum] = {
    "console",
    "device",
}


def check_operation_schedule_args_time_type_enum(value: str) -> OperationScheduleArgsTimeTypeEnum:
    """Return `value` typed as OperationScheduleArgsTimeTypeEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against OPERATION_SCHEDULE_ARGS_TIME_TYPE_ENUM_VALUES to tell.
    """
    return cast(OperationScheduleArgsTimeTypeEnum, value)
