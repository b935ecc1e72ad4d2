"""The state to move the command to."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CommandStatusPUTState = Literal[
        "Command Acknowledged",
        "Command Cancelled",
        "Command Failure",
        "Command In Progress",
        "Command Scheduled",
        "Command Success",
        "Command TimeOut",
    ]
else:
    CommandStatusPUTState = _rt.documented_literal(
        Literal[
            "Command Acknowledged",
            "Command Cancelled",
            "Command Failure",
            "Command In Progress",
            "Command Scheduled",
            "Command Success",
            "Command TimeOut",
        ],
        __doc__,
    )

COMMAND_STATUS_PUT_STATE_VALUES: set[CommandStatusPUTState] = {
    "Command Acknowledged",
    "Command Cancelled",
    "Command Failure",
    "Command In Progress",
    "Command Scheduled",
    "Command Success",
    "Command TimeOut",
}


def check_command_status_put_state(value: str) -> CommandStatusPUTState:
    """Return `value` typed as CommandStatusPUTState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_STATUS_PUT_STATE_VALUES to tell.
    """
    return cast(CommandStatusPUTState, value)
