from typing import Literal, cast

LinuxDevicePlatform = Literal["LINUX"]

LINUX_DEVICE_PLATFORM_VALUES: set[LinuxDevicePlatform] = {
    "LINUX",
}


def check_linux_device_platform(value: str) -> LinuxDevicePlatform:
    """Return `value` typed as LinuxDevicePlatform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LINUX_DEVICE_PLATFORM_VALUES to tell.
    """
    return cast(LinuxDevicePlatform, value)
