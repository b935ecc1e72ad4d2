from typing import Literal, cast

ConvergeCommandCommandState = Literal[
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

CONVERGE_COMMAND_COMMAND_STATE_VALUES: set[ConvergeCommandCommandState] = {
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


def check_converge_command_command_state(value: str) -> ConvergeCommandCommandState:
    """Return `value` typed as ConvergeCommandCommandState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CONVERGE_COMMAND_COMMAND_STATE_VALUES to tell.
    """
    return cast(ConvergeCommandCommandState, value)
