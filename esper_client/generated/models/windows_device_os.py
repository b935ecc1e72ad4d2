from typing import Literal, cast

WindowsDeviceOs = Literal["Windows"]

WINDOWS_DEVICE_OS_VALUES: set[WindowsDeviceOs] = {
    "Windows",
}


def check_windows_device_os(value: str) -> WindowsDeviceOs:
    """Return `value` typed as WindowsDeviceOs.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against WINDOWS_DEVICE_OS_VALUES to tell.
    """
    return cast(WindowsDeviceOs, value)
