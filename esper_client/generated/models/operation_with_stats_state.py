from typing import Literal, cast

OperationWithStatsState = Literal["COMPLETED", "CREATED", "DISPATCHING", "FAILED", "RESOLVED", "RESOLVING"]

OPERATION_WITH_STATS_STATE_VALUES: set[OperationWithStatsState] = {
    "COMPLETED",
    "CREATED",
    "DISPATCHING",
    "FAILED",
    "RESOLVED",
    "RESOLVING",
}


def check_operation_with_stats_state(value: str) -> OperationWithStatsState:
    """Return `value` typed as OperationWithStatsState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against OPERATION_WITH_STATS_STATE_VALUES to tell.
    """
    return cast(OperationWithStatsState, value)
