from typing import Literal, cast

AppleDeviceManagedBy = Literal["BLUEPRINT"]

APPLE_DEVICE_MANAGED_BY_VALUES: set[AppleDeviceManagedBy] = {
    "BLUEPRINT",
}


def check_apple_device_managed_by(value: str) -> AppleDeviceManagedBy:
    """Return `value` typed as AppleDeviceManagedBy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLE_DEVICE_MANAGED_BY_VALUES to tell.
    """
    return cast(AppleDeviceManagedBy, value)
