from typing import Literal, cast

LinuxDeviceV2Os = Literal["Linux", "Ubuntu", "ubuntu"]

LINUX_DEVICE_V2_OS_VALUES: set[LinuxDeviceV2Os] = {
    "Linux",
    "Ubuntu",
    "ubuntu",
}


def check_linux_device_v2_os(value: str) -> LinuxDeviceV2Os:
    """Return `value` typed as LinuxDeviceV2Os.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LINUX_DEVICE_V2_OS_VALUES to tell.
    """
    return cast(LinuxDeviceV2Os, value)
