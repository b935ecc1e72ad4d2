from typing import Literal, cast

AppleDeviceOs = Literal["iOS", "iPadOS", "tvOS"]

APPLE_DEVICE_OS_VALUES: set[AppleDeviceOs] = {
    "iOS",
    "iPadOS",
    "tvOS",
}


def check_apple_device_os(value: str) -> AppleDeviceOs:
    """Return `value` typed as AppleDeviceOs.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLE_DEVICE_OS_VALUES to tell.
    """
    return cast(AppleDeviceOs, value)
