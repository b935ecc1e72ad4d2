from typing import Literal, cast

AndroidDevicePlatform = Literal["ANDROID"]

ANDROID_DEVICE_PLATFORM_VALUES: set[AndroidDevicePlatform] = {
    "ANDROID",
}


def check_android_device_platform(value: str) -> AndroidDevicePlatform:
    """Return `value` typed as AndroidDevicePlatform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ANDROID_DEVICE_PLATFORM_VALUES to tell.
    """
    return cast(AndroidDevicePlatform, value)
