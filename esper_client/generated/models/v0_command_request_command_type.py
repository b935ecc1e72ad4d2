"""What the request targets: DEVICE (the listed devices), GROUP (the listed groups) or DYNAMIC (devices and groups mixed)."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    V0CommandRequestCommandType = Literal["DEVICE", "DYNAMIC", "GROUP"]
else:
    V0CommandRequestCommandType = _rt.documented_literal(Literal["DEVICE", "DYNAMIC", "GROUP"], __doc__)

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
