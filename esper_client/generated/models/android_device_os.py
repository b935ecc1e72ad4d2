from typing import Literal, cast

AndroidDeviceOs = Literal["Android"]

ANDROID_DEVICE_OS_VALUES: set[AndroidDeviceOs] = {
    "Android",
}


def check_android_device_os(value: str) -> AndroidDeviceOs:
    """Return `value` typed as AndroidDeviceOs.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ANDROID_DEVICE_OS_VALUES to tell.
    """
    return cast(AndroidDeviceOs, value)
