from typing import Literal, cast

AppleDeviceV2ProvisionedWith = Literal["BLUEPRINT"]

APPLE_DEVICE_V2_PROVISIONED_WITH_VALUES: set[AppleDeviceV2ProvisionedWith] = {
    "BLUEPRINT",
}


def check_apple_device_v2_provisioned_with(value: str) -> AppleDeviceV2ProvisionedWith:
    """Return `value` typed as AppleDeviceV2ProvisionedWith.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLE_DEVICE_V2_PROVISIONED_WITH_VALUES to tell.
    """
    return cast(AppleDeviceV2ProvisionedWith, value)
