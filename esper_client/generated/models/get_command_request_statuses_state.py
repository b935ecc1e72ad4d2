"""Only statuses in this state."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetCommandRequestStatusesState = Literal[
        "Command Acknowledged",
        "Command Cancelled",
        "Command Failure",
        "Command In Progress",
        "Command Initiated",
        "Command Queued",
        "Command Scheduled",
        "Command Success",
        "Command TimeOut",
    ]
else:
    GetCommandRequestStatusesState = _rt.documented_literal(
        Literal[
            "Command Acknowledged",
            "Command Cancelled",
            "Command Failure",
            "Command In Progress",
            "Command Initiated",
            "Command Queued",
            "Command Scheduled",
            "Command Success",
            "Command TimeOut",
        ],
        __doc__,
    )

GET_COMMAND_REQUEST_STATUSES_STATE_VALUES: set[GetCommandRequestStatusesState] = {
    "Command Acknowledged",
    "Command Cancelled",
    "Command Failure",
    "Command In Progress",
    "Command Initiated",
    "Command Queued",
    "Command Scheduled",
    "Command Success",
    "Command TimeOut",
}


def check_get_command_request_statuses_state(value: str) -> GetCommandRequestStatusesState:
    """Return `value` typed as GetCommandRequestStatusesState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_COMMAND_REQUEST_STATUSES_STATE_VALUES to tell.
    """
    return cast(GetCommandRequestStatusesState, value)
