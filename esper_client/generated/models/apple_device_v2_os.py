from typing import Literal, cast

AppleDeviceV2Os = Literal["iOS", "iPadOS", "tvOS"]

APPLE_DEVICE_V2_OS_VALUES: set[AppleDeviceV2Os] = {
    "iOS",
    "iPadOS",
    "tvOS",
}


def check_apple_device_v2_os(value: str) -> AppleDeviceV2Os:
    """Return `value` typed as AppleDeviceV2Os.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLE_DEVICE_V2_OS_VALUES to tell.
    """
    return cast(AppleDeviceV2Os, value)
