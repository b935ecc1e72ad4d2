from typing import Literal, cast

AndroidDeviceV2Platform = Literal["ANDROID"]

ANDROID_DEVICE_V2_PLATFORM_VALUES: set[AndroidDeviceV2Platform] = {
    "ANDROID",
}


def check_android_device_v2_platform(value: str) -> AndroidDeviceV2Platform:
    """Return `value` typed as AndroidDeviceV2Platform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ANDROID_DEVICE_V2_PLATFORM_VALUES to tell.
    """
    return cast(AndroidDeviceV2Platform, value)
