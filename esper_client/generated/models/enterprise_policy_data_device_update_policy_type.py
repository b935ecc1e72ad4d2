from typing import Literal, cast

EnterprisePolicyDataDeviceUpdatePolicyType = Literal[
    "TYPE_INSTALL_AUTOMATIC", "TYPE_INSTALL_DISABLED", "TYPE_INSTALL_WINDOWED", "TYPE_POSTPONE"
]

ENTERPRISE_POLICY_DATA_DEVICE_UPDATE_POLICY_TYPE_VALUES: set[EnterprisePolicyDataDeviceUpdatePolicyType] = {
    "TYPE_INSTALL_AUTOMATIC",
    "TYPE_INSTALL_DISABLED",
    "TYPE_INSTALL_WINDOWED",
    "TYPE_POSTPONE",
}


def check_enterprise_policy_data_device_update_policy_type(value: str) -> EnterprisePolicyDataDeviceUpdatePolicyType:
    """Return `value` typed as EnterprisePolicyDataDeviceUpdatePolicyType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ENTERPRISE_POLICY_DATA_DEVICE_UPDATE_POLICY_TYPE_VALUES to tell.
    """
    return cast(EnterprisePolicyDataDeviceUpdatePolicyType, value)
