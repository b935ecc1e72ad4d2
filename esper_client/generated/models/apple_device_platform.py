from typing import Literal, cast

AppleDevicePlatform = Literal["APPLE"]

APPLE_DEVICE_PLATFORM_VALUES: set[AppleDevicePlatform] = {
    "APPLE",
}


def check_apple_device_platform(value: str) -> AppleDevicePlatform:
    """Return `value` typed as AppleDevicePlatform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLE_DEVICE_PLATFORM_VALUES to tell.
    """
    return cast(AppleDevicePlatform, value)
