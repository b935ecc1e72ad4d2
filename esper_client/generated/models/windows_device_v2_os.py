from typing import Literal, cast

WindowsDeviceV2Os = Literal["Windows"]

WINDOWS_DEVICE_V2_OS_VALUES: set[WindowsDeviceV2Os] = {
    "Windows",
}


def check_windows_device_v2_os(value: str) -> WindowsDeviceV2Os:
    """Return `value` typed as WindowsDeviceV2Os.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against WINDOWS_DEVICE_V2_OS_VALUES to tell.
    """
    return cast(WindowsDeviceV2Os, value)
