from typing import Literal, cast

V0CommandScheduleEnum = Literal["IMMEDIATE", "RECURRING", "WINDOW"]

V0_COMMAND_SCHEDULE_ENUM_VALUES: set[V0CommandScheduleEnum] = {
    "IMMEDIATE",
    "RECURRING",
    "WINDOW",
}


def check_v0_command_schedule_enum(value: str) -> V0CommandScheduleEnum:
    """Return `value` typed as V0CommandScheduleEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against V0_COMMAND_SCHEDULE_ENUM_VALUES to tell.
    """
    return cast(V0CommandScheduleEnum, value)
