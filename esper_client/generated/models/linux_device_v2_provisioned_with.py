from typing import Literal, cast

LinuxDeviceV2ProvisionedWith = Literal["BLUEPRINT"]

LINUX_DEVICE_V2_PROVISIONED_WITH_VALUES: set[LinuxDeviceV2ProvisionedWith] = {
    "BLUEPRINT",
}


def check_linux_device_v2_provisioned_with(value: str) -> LinuxDeviceV2ProvisionedWith:
    """Return `value` typed as LinuxDeviceV2ProvisionedWith.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LINUX_DEVICE_V2_PROVISIONED_WITH_VALUES to tell.
    """
    return cast(LinuxDeviceV2ProvisionedWith, value)
