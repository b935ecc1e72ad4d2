from typing import Literal, cast

OperationWithStatsScheduleType = Literal["IMMEDIATE", "WINDOW"]

OPERATION_WITH_STATS_SCHEDULE_TYPE_VALUES: set[OperationWithStatsScheduleType] = {
    "IMMEDIATE",
    "WINDOW",
}


def check_operation_with_stats_schedule_type(value: str) -> OperationWithStatsScheduleType:
    """Return `value` typed as OperationWithStatsScheduleType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against OPERATION_WITH_STATS_SCHEDULE_TYPE_VALUES to tell.
    """
    return cast(OperationWithStatsScheduleType, value)
