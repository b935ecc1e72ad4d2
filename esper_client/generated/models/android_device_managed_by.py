from typing import Literal, cast

AndroidDeviceManagedBy = Literal["BLUEPRINT", "TEMPLATE"]

ANDROID_DEVICE_MANAGED_BY_VALUES: set[AndroidDeviceManagedBy] = {
    "BLUEPRINT",
    "TEMPLATE",
}


def check_android_device_managed_by(value: str) -> AndroidDeviceManagedBy:
    """Return `value` typed as AndroidDeviceManagedBy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ANDROID_DEVICE_MANAGED_BY_VALUES to tell.
    """
    return cast(AndroidDeviceManagedBy, value)
