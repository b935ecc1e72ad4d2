from typing import Literal, cast

WindowsDeviceV2Platform = Literal["WINDOWS"]

WINDOWS_DEVICE_V2_PLATFORM_VALUES: set[WindowsDeviceV2Platform] = {
    "WINDOWS",
}


def check_windows_device_v2_platform(value: str) -> WindowsDeviceV2Platform:
    """Return `value` typed as WindowsDeviceV2Platform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against WINDOWS_DEVICE_V2_PLATFORM_VALUES to tell.
    """
    return cast(WindowsDeviceV2Platform, value)
