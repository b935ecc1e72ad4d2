from typing import Literal, cast

AppleDeviceV2DeviceSource = Literal["ABM", "NON_ABM"]

APPLE_DEVICE_V2_DEVICE_SOURCE_VALUES: set[AppleDeviceV2DeviceSource] = {
    "ABM",
    "NON_ABM",
}


def check_apple_device_v2_device_source(value: str) -> AppleDeviceV2DeviceSource:
    """Return `value` typed as AppleDeviceV2DeviceSource.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLE_DEVICE_V2_DEVICE_SOURCE_VALUES to tell.
    """
    return cast(AppleDeviceV2DeviceSource, value)
