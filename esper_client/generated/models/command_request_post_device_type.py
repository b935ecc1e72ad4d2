"""Must be 'all'; narrowing the targets by device type is not supported."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CommandRequestPOSTDeviceType = Literal["all"]
else:
    CommandRequestPOSTDeviceType = _rt.documented_literal(Literal["all"], __doc__)

COMMAND_REQUEST_POST_DEVICE_TYPE_VALUES: set[CommandRequestPOSTDeviceType] = {
    "all",
}


def check_command_request_post_device_type(value: str) -> CommandRequestPOSTDeviceType:
    """Return `value` typed as CommandRequestPOSTDeviceType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_REQUEST_POST_DEVICE_TYPE_VALUES to tell.
    """
    return cast(CommandRequestPOSTDeviceType, value)
