"""IMMEDIATE to run now, WINDOW to run only within the window in schedule_args."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    OperationsPOSTScheduleType = Literal["IMMEDIATE", "WINDOW"]
else:
    OperationsPOSTScheduleType = _rt.documented_literal(Literal["IMMEDIATE", "WINDOW"], __doc__)

OPERATIONS_POST_SCHEDULE_TYPE_VALUES: set[OperationsPOSTScheduleType] = {
    "IMMEDIATE",
    "WINDOW",
}


def check_operations_post_schedule_type(value: str) -> OperationsPOSTScheduleType:
    """Return `value` typed as OperationsPOSTScheduleType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against OPERATIONS_POST_SCHEDULE_TYPE_VALUES to tell.
    """
    return cast(OperationsPOSTScheduleType, value)
