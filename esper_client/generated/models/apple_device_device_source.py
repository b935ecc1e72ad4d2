from typing import Literal, cast

AppleDeviceDeviceSource = Literal["ABM", "NON_ABM"]

APPLE_DEVICE_DEVICE_SOURCE_VALUES: set[AppleDeviceDeviceSource] = {
    "ABM",
    "NON_ABM",
}


def check_apple_device_device_source(value: str) -> AppleDeviceDeviceSource:
    """Return `value` typed as AppleDeviceDeviceSource.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLE_DEVICE_DEVICE_SOURCE_VALUES to tell.
    """
    return cast(AppleDeviceDeviceSource, value)
