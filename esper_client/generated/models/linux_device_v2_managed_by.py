from typing import Literal, cast

LinuxDeviceV2ManagedBy = Literal["BLUEPRINT"]

LINUX_DEVICE_V2_MANAGED_BY_VALUES: set[LinuxDeviceV2ManagedBy] = {
    "BLUEPRINT",
}


def check_linux_device_v2_managed_by(value: str) -> LinuxDeviceV2ManagedBy:
    """Return `value` typed as LinuxDeviceV2ManagedBy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LINUX_DEVICE_V2_MANAGED_BY_VALUES to tell.
    """
    return cast(LinuxDeviceV2ManagedBy, value)
