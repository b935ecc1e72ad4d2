from typing import Literal, cast

EnterprisePolicyDataSettingsAccessLevel = Literal["NONE", "SHOONYA", "SYSTEM"]

ENTERPRISE_POLICY_DATA_SETTINGS_ACCESS_LEVEL_VALUES: set[EnterprisePolicyDataSettingsAccessLevel] = {
    "NONE",
    "SHOONYA",
    "SYSTEM",
}


def check_enterprise_policy_data_settings_access_level(value: str) -> EnterprisePolicyDataSettingsAccessLevel:
    """Return `value` typed as EnterprisePolicyDataSettingsAccessLevel.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ENTERPRISE_POLICY_DATA_SETTINGS_ACCESS_LEVEL_VALUES to tell.
    """
    return cast(EnterprisePolicyDataSettingsAccessLevel, value)
