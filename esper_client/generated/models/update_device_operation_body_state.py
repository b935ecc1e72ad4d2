from typing import Literal, cast

UpdateDeviceOperationBodyState = Literal["CANCELLATION_REQUESTED"]

UPDATE_DEVICE_OPERATION_BODY_STATE_VALUES: set[UpdateDeviceOperationBodyState] = {
    "CANCELLATION_REQUESTED",
}


def check_update_device_operation_body_state(value: str) -> UpdateDeviceOperationBodyState:
    """Return `value` typed as UpdateDeviceOperationBodyState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_DEVICE_OPERATION_BODY_STATE_VALUES to tell.
    """
    return cast(UpdateDeviceOperationBodyState, value)
