from typing import Literal, cast

AppleDeviceV2Platform = Literal["APPLE"]

APPLE_DEVICE_V2_PLATFORM_VALUES: set[AppleDeviceV2Platform] = {
    "APPLE",
}


def check_apple_device_v2_platform(value: str) -> AppleDeviceV2Platform:
    """Return `value` typed as AppleDeviceV2Platform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLE_DEVICE_V2_PLATFORM_VALUES to tell.
    """
    return cast(AppleDeviceV2Platform, value)
