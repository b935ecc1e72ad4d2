"""What the request targets: DEVICE (the listed devices), GROUP (the listed groups) or DYNAMIC (devices and groups mixed)."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CommandRequestPOSTCommandType = Literal["DEVICE", "DYNAMIC", "GROUP"]
else:
    CommandRequestPOSTCommandType = _rt.documented_literal(Literal["DEVICE", "DYNAMIC", "GROUP"], __doc__)

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
