from typing import Literal, cast

WindowsDevicePlatform = Literal["WINDOWS"]

WINDOWS_DEVICE_PLATFORM_VALUES: set[WindowsDevicePlatform] = {
    "WINDOWS",
}


def check_windows_device_platform(value: str) -> WindowsDevicePlatform:
    """Return `value` typed as WindowsDevicePlatform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against WINDOWS_DEVICE_PLATFORM_VALUES to tell.
    """
    return cast(WindowsDevicePlatform, value)
