from typing import Literal, cast

CommandRequestPOSTCommandType = Literal["DEVICE", "DYNAMIC", "GROUP"]

COMMAND_REQUEST_POST_COMMAND_TYPE_VALUES: set[CommandRequestPOSTCommandType] = {
    "DEVICE",
    "DYNAMIC",
    "GROUP",
}


def check_command_request_post_command_type(value: str) -> CommandRequestPOSTCommandType:
    """Return `value` typed as CommandRequestPOSTCommandType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_REQUEST_POST_COMMAND_TYPE_VALUES to tell.
    """
    return cast(CommandRequestPOSTCommandType, value)
