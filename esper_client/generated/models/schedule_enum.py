from typing import Literal, cast

ScheduleEnum = Literal["IMMEDIATE", "WINDOW"]

SCHEDULE_ENUM_VALUES: set[ScheduleEnum] = {
    "IMMEDIATE",
    "WINDOW",
}


def check_schedule_enum(value: str) -> ScheduleEnum:
    """Return `value` typed as ScheduleEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SCHEDULE_ENUM_VALUES to tell.
    """
    return cast(ScheduleEnum, value)
