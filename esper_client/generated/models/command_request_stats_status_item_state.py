from typing import Literal, cast

CommandRequestStatsStatusItemState = Literal[
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

COMMAND_REQUEST_STATS_STATUS_ITEM_STATE_VALUES: set[CommandRequestStatsStatusItemState] = {
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


def check_command_request_stats_status_item_state(value: str) -> CommandRequestStatsStatusItemState:
    """Return `value` typed as CommandRequestStatsStatusItemState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_REQUEST_STATS_STATUS_ITEM_STATE_VALUES to tell.
    """
    return cast(CommandRequestStatsStatusItemState, value)
