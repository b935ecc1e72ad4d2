from typing import Literal, cast

OperationActivityItemOperationState = Literal[
    "CREATED", "DISPATCHED", "DISPATCHING", "FAILURE", "PROCESSING", "QUERY INITIATED", "QUERY RESOLVED", "SUCCESS"
]

OPERATION_ACTIVITY_ITEM_OPERATION_STATE_VALUES: set[OperationActivityItemOperationState] = {
    "CREATED",
    "DISPATCHED",
    "DISPATCHING",
    "FAILURE",
    "PROCESSING",
    "QUERY INITIATED",
    "QUERY RESOLVED",
    "SUCCESS",
}


def check_operation_activity_item_operation_state(value: str) -> OperationActivityItemOperationState:
    """Return `value` typed as OperationActivityItemOperationState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against OPERATION_ACTIVITY_ITEM_OPERATION_STATE_VALUES to tell.
    """
    return cast(OperationActivityItemOperationState, value)
