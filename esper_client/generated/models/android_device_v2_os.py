from typing import Literal, cast

AndroidDeviceV2Os = Literal["Android"]

ANDROID_DEVICE_V2_OS_VALUES: set[AndroidDeviceV2Os] = {
    "Android",
}


def check_android_device_v2_os(value: str) -> AndroidDeviceV2Os:
    """Return `value` typed as AndroidDeviceV2Os.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ANDROID_DEVICE_V2_OS_VALUES to tell.
    """
    return cast(AndroidDeviceV2Os, value)
