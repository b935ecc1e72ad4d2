from typing import Literal, cast

OperationWithStatsOperation = Literal["CONVERGE"]

OPERATION_WITH_STATS_OPERATION_VALUES: set[OperationWithStatsOperation] = {
    "CONVERGE",
}


def check_operation_with_stats_operation(value: str) -> OperationWithStatsOperation:
    """Return `value` typed as OperationWithStatsOperation.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against OPERATION_WITH_STATS_OPERATION_VALUES to tell.
    """
    return cast(OperationWithStatsOperation, value)
