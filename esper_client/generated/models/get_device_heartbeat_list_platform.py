"""Only devices of this platform."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetDeviceHeartbeatListPlatform = Literal["ANDROID", "APPLE", "LINUX", "WINDOWS"]
else:
    GetDeviceHeartbeatListPlatform = _rt.documented_literal(Literal["ANDROID", "APPLE", "LINUX", "WINDOWS"], __doc__)

GET_DEVICE_HEARTBEAT_LIST_PLATFORM_VALUES: set[GetDeviceHeartbeatListPlatform] = {
    "ANDROID",
    "APPLE",
    "LINUX",
    "WINDOWS",
}


def check_get_device_heartbeat_list_platform(value: str) -> GetDeviceHeartbeatListPlatform:
    """Return `value` typed as GetDeviceHeartbeatListPlatform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_DEVICE_HEARTBEAT_LIST_PLATFORM_VALUES to tell.
    """
    return cast(GetDeviceHeartbeatListPlatform, value)
