"""'console': Times are in the time zone of the user who made the schedule.
'device': Times are in each device's own local time zone."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CommandScheduleArgsTimeTypeEnum = Literal["console", "device"]
else:
    CommandScheduleArgsTimeTypeEnum = _rt.documented_literal(Literal["console", "device"], __doc__)

COMMAND_SCHEDULE_ARGS_TIME_TYPE_ENUM_VALUES: set[CommandScheduleArgsTimeTypeEnum] = {
    "console",
    "device",
}


def check_command_schedule_args_time_type_enum(value: str) -> CommandScheduleArgsTimeTypeEnum:
    """Return `value` typed as CommandScheduleArgsTimeTypeEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_SCHEDULE_ARGS_TIME_TYPE_ENUM_VALUES to tell.
    """
    return cast(CommandScheduleArgsTimeTypeEnum, value)
