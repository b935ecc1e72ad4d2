from typing import Literal, cast

LinuxDeviceManagedBy = Literal["BLUEPRINT"]

LINUX_DEVICE_MANAGED_BY_VALUES: set[LinuxDeviceManagedBy] = {
    "BLUEPRINT",
}


def check_linux_device_managed_by(value: str) -> LinuxDeviceManagedBy:
    """Return `value` typed as LinuxDeviceManagedBy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LINUX_DEVICE_MANAGED_BY_VALUES to tell.
    """
    return cast(LinuxDeviceManagedBy, value)
