"""The state asked for; CANCELLATION_REQUESTED, the only one accepted, asks to cancel the operation on this device."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    UpdateDeviceOperationBodyState = Literal["CANCELLATION_REQUESTED"]
else:
    UpdateDeviceOperationBodyState = _rt.documented_literal(Literal["CANCELLATION_REQUESTED"], __doc__)

UPDATE_DEVICE_OPERATION_BODY_STATE_VALUES: set[UpdateDeviceOperationBodyState] = {
    "CANCELLATION_REQUESTED",
}


def check_update_device_operation_body_state(value: str) -> UpdateDeviceOperationBodyState:
    """Return `value` typed as UpdateDeviceOperationBodyState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_DEVICE_OPERATION_BODY_STATE_VALUES to tell.
    """
    return cast(UpdateDeviceOperationBodyState, value)
