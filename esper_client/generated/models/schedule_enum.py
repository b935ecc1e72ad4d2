"""'IMMEDIATE': Run as soon as possible.
'WINDOW': Run within the time window given in schedule_args."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ScheduleEnum = Literal["IMMEDIATE", "WINDOW"]
else:
    ScheduleEnum = _rt.documented_literal(Literal["IMMEDIATE", "WINDOW"], __doc__)

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
