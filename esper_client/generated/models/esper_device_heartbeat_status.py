from typing import Literal, cast

EsperDeviceHeartbeatStatus = Literal[0, 1]

ESPER_DEVICE_HEARTBEAT_STATUS_VALUES: set[EsperDeviceHeartbeatStatus] = {
    0,
    1,
}


def check_esper_device_heartbeat_status(value: int) -> EsperDeviceHeartbeatStatus:
    """Return `value` typed as EsperDeviceHeartbeatStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_DEVICE_HEARTBEAT_STATUS_VALUES to tell.
    """
    return cast(EsperDeviceHeartbeatStatus, value)
