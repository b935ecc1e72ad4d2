from typing import Literal, cast

V0CommandStatusState = Literal[
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

V0_COMMAND_STATUS_STATE_VALUES: set[V0CommandStatusState] = {
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


def check_v0_command_status_state(value: str) -> V0CommandStatusState:
    """Return `value` typed as V0CommandStatusState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against V0_COMMAND_STATUS_STATE_VALUES to tell.
    """
    return cast(V0CommandStatusState, value)
