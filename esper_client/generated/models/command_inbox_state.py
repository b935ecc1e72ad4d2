from typing import Literal, cast

CommandInboxState = Literal["Command Queued"]

COMMAND_INBOX_STATE_VALUES: set[CommandInboxState] = {
    "Command Queued",
}


def check_command_inbox_state(value: str) -> CommandInboxState:
    """Return `value` typed as CommandInboxState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_INBOX_STATE_VALUES to tell.
    """
    return cast(CommandInboxState, value)
