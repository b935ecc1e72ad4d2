from typing import Literal, cast

OperationsPOSTScheduleType = Literal["IMMEDIATE", "WINDOW"]

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
