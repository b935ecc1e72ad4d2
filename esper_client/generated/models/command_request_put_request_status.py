"""The new status of the command request; only 'cancelled' is accepted."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CommandRequestPUTRequestStatus = Literal["cancelled"]
else:
    CommandRequestPUTRequestStatus = _rt.documented_literal(Literal["cancelled"], __doc__)

COMMAND_REQUEST_PUT_REQUEST_STATUS_VALUES: set[CommandRequestPUTRequestStatus] = {
    "cancelled",
}


def check_command_request_put_request_status(value: str) -> CommandRequestPUTRequestStatus:
    """Return `value` typed as CommandRequestPUTRequestStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_REQUEST_PUT_REQUEST_STATUS_VALUES to tell.
    """
    return cast(CommandRequestPUTRequestStatus, value)
