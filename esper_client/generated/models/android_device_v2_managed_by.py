from typing import Literal, cast

AndroidDeviceV2ManagedBy = Literal["BLUEPRINT", "TEMPLATE"]

ANDROID_DEVICE_V2_MANAGED_BY_VALUES: set[AndroidDeviceV2ManagedBy] = {
    "BLUEPRINT",
    "TEMPLATE",
}


def check_android_device_v2_managed_by(value: str) -> AndroidDeviceV2ManagedBy:
    """Return `value` typed as AndroidDeviceV2ManagedBy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ANDROID_DEVICE_V2_MANAGED_BY_VALUES to tell.
    """
    return cast(AndroidDeviceV2ManagedBy, value)
