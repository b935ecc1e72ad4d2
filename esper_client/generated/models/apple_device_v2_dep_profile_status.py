from typing import Literal, cast

AppleDeviceV2DepProfileStatus = Literal["assigned", "empty", "pushed", "removed"]

APPLE_DEVICE_V2_DEP_PROFILE_STATUS_VALUES: set[AppleDeviceV2DepProfileStatus] = {
    "assigned",
    "empty",
    "pushed",
    "removed",
}


def check_apple_device_v2_dep_profile_status(value: str) -> AppleDeviceV2DepProfileStatus:
    """Return `value` typed as AppleDeviceV2DepProfileStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLE_DEVICE_V2_DEP_PROFILE_STATUS_VALUES to tell.
    """
    return cast(AppleDeviceV2DepProfileStatus, value)
