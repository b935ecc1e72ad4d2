from typing import Literal, cast

AppleDeviceDepProfileStatus = Literal["assigned", "empty", "pushed", "removed"]

APPLE_DEVICE_DEP_PROFILE_STATUS_VALUES: set[AppleDeviceDepProfileStatus] = {
    "assigned",
    "empty",
    "pushed",
    "removed",
}


def check_apple_device_dep_profile_status(value: str) -> AppleDeviceDepProfileStatus:
    """Return `value` typed as AppleDeviceDepProfileStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLE_DEVICE_DEP_PROFILE_STATUS_VALUES to tell.
    """
    return cast(AppleDeviceDepProfileStatus, value)
