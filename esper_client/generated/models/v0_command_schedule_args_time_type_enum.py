"""'console': Times are in the time zone of the user who made the schedule.
'device': Times are in each device's own local time zone."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    V0CommandScheduleArgsTimeTypeEnum = Literal["console", "device"]
else:
    V0CommandScheduleArgsTimeTypeEnum = _rt.documented_literal(Literal["console", "device"], __doc__)

V0_COMMAND_SCHEDULE_ARGS_TIME_TYPE_ENUM_VALUES: set[V0CommandScheduleArgsTimeTypeEnum] = {
    "console",
    "device",
}


def check_v0_command_schedule_args_time_type_enum(value: str) -> V0CommandScheduleArgsTimeTypeEnum:
    """Return `value` typed as V0CommandScheduleArgsTimeTypeEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against V0_COMMAND_SCHEDULE_ARGS_TIME_TYPE_ENUM_VALUES to tell.
    """
    return cast(V0CommandScheduleArgsTimeTypeEnum, value)
