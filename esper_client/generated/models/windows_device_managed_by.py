from typing import Literal, cast

WindowsDeviceManagedBy = Literal["BLUEPRINT"]

WINDOWS_DEVICE_MANAGED_BY_VALUES: set[WindowsDeviceManagedBy] = {
    "BLUEPRINT",
}


def check_windows_device_managed_by(value: str) -> WindowsDeviceManagedBy:
    """Return `value` typed as WindowsDeviceManagedBy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against WINDOWS_DEVICE_MANAGED_BY_VALUES to tell.
    """
    return cast(WindowsDeviceManagedBy, value)
