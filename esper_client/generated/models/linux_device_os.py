from typing import Literal, cast

LinuxDeviceOs = Literal["Ubuntu"]

LINUX_DEVICE_OS_VALUES: set[LinuxDeviceOs] = {
    "Ubuntu",
}


def check_linux_device_os(value: str) -> LinuxDeviceOs:
    """Return `value` typed as LinuxDeviceOs.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LINUX_DEVICE_OS_VALUES to tell.
    """
    return cast(LinuxDeviceOs, value)
