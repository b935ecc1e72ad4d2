from typing import Literal, cast

CommandRequestCommandType = Literal["DEVICE", "DYNAMIC", "GROUP"]

COMMAND_REQUEST_COMMAND_TYPE_VALUES: set[CommandRequestCommandType] = {
    "DEVICE",
    "DYNAMIC",
    "GROUP",
}


def check_command_request_command_type(value: str) -> CommandRequestCommandType:
    """Return `value` typed as CommandRequestCommandType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_REQUEST_COMMAND_TYPE_VALUES to tell.
    """
    return cast(CommandRequestCommandType, value)
