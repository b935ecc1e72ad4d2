"""'IMMEDIATE': Run the command as soon as possible.
'WINDOW': Run the command within the time window given in schedule_args.
'RECURRING': Try the command at the scheduled times until it succeeds once or the schedule ends."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CommandScheduleEnum = Literal["IMMEDIATE", "RECURRING", "WINDOW"]
else:
    CommandScheduleEnum = _rt.documented_literal(Literal["IMMEDIATE", "RECURRING", "WINDOW"], __doc__)

COMMAND_SCHEDULE_ENUM_VALUES: set[CommandScheduleEnum] = {
    "IMMEDIATE",
    "RECURRING",
    "WINDOW",
}


def check_command_schedule_enum(value: str) -> CommandScheduleEnum:
    """Return `value` typed as CommandScheduleEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_SCHEDULE_ENUM_VALUES to tell.
    """
    return cast(CommandScheduleEnum, value)
