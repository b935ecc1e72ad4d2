from typing import Literal, cast

V0CommandRequestCommandType = Literal["DEVICE", "DYNAMIC", "GROUP"]

V0_COMMAND_REQUEST_COMMAND_TYPE_VALUES: set[V0CommandRequestCommandType] = {
    "DEVICE",
    "DYNAMIC",
    "GROUP",
}


def check_v0_command_request_command_type(value: str) -> V0CommandRequestCommandType:
    """Return `value` typed as V0CommandRequestCommandType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against V0_COMMAND_REQUEST_COMMAND_TYPE_VALUES to tell.
    """
    return cast(V0CommandRequestCommandType, value)
