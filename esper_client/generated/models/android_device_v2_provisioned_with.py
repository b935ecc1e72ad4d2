from typing import Literal, cast

AndroidDeviceV2ProvisionedWith = Literal["BLUEPRINT", "TEMPLATE"]

ANDROID_DEVICE_V2_PROVISIONED_WITH_VALUES: set[AndroidDeviceV2ProvisionedWith] = {
    "BLUEPRINT",
    "TEMPLATE",
}


def check_android_device_v2_provisioned_with(value: str) -> AndroidDeviceV2ProvisionedWith:
    """Return `value` typed as AndroidDeviceV2ProvisionedWith.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ANDROID_DEVICE_V2_PROVISIONED_WITH_VALUES to tell.
    """
    return cast(AndroidDeviceV2ProvisionedWith, value)
