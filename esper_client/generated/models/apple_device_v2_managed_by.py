from typing import Literal, cast

AppleDeviceV2ManagedBy = Literal["BLUEPRINT"]

APPLE_DEVICE_V2_MANAGED_BY_VALUES: set[AppleDeviceV2ManagedBy] = {
    "BLUEPRINT",
}


def check_apple_device_v2_managed_by(value: str) -> AppleDeviceV2ManagedBy:
    """Return `value` typed as AppleDeviceV2ManagedBy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLE_DEVICE_V2_MANAGED_BY_VALUES to tell.
    """
    return cast(AppleDeviceV2ManagedBy, value)
