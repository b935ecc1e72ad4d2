from typing import Literal, cast

CommandScheduleEnum = Literal["IMMEDIATE", "RECURRING", "WINDOW"]

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
