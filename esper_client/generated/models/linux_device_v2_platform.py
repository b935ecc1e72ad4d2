from typing import Literal, cast

LinuxDeviceV2Platform = Literal["LINUX"]

LINUX_DEVICE_V2_PLATFORM_VALUES: set[LinuxDeviceV2Platform] = {
    "LINUX",
}


def check_linux_device_v2_platform(value: str) -> LinuxDeviceV2Platform:
    """Return `value` typed as LinuxDeviceV2Platform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LINUX_DEVICE_V2_PLATFORM_VALUES to tell.
    """
    return cast(LinuxDeviceV2Platform, value)
