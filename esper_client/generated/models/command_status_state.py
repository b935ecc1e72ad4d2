from typing import Literal, cast

CommandStatusState = Literal[
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

COMMAND_STATUS_STATE_VALUES: set[CommandStatusState] = {
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


def check_command_status_state(value: str) -> CommandStatusState:
    """Return `value` typed as CommandStatusState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_STATUS_STATE_VALUES to tell.
    """
    return cast(CommandStatusState, value)
