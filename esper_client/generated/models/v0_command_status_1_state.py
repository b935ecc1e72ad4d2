from typing import Literal, cast

V0CommandStatus1State = Literal[
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

V0_COMMAND_STATUS_1_STATE_VALUES: set[V0CommandStatus1State] = {
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


def check_v0_command_status_1_state(value: str) -> V0CommandStatus1State:
    """Return `value` typed as V0CommandStatus1State.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against V0_COMMAND_STATUS_1_STATE_VALUES to tell.
    """
    return cast(V0CommandStatus1State, value)
