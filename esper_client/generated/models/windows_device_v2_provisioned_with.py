from typing import Literal, cast

WindowsDeviceV2ProvisionedWith = Literal["BLUEPRINT"]

WINDOWS_DEVICE_V2_PROVISIONED_WITH_VALUES: set[WindowsDeviceV2ProvisionedWith] = {
    "BLUEPRINT",
}


def check_windows_device_v2_provisioned_with(value: str) -> WindowsDeviceV2ProvisionedWith:
    """Return `value` typed as WindowsDeviceV2ProvisionedWith.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against WINDOWS_DEVICE_V2_PROVISIONED_WITH_VALUES to tell.
    """
    return cast(WindowsDeviceV2ProvisionedWith, value)
