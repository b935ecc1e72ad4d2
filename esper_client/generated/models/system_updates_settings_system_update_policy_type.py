from typing import Literal, cast

SystemUpdatesSettingsSystemUpdatePolicyType = Literal[
    "DEFAULT UPDATE", "DISABLE UPDATE", "POSTPONE INSTALLATION", "UPDATE AUTOMATICALLY", "WINDOWED INSTALLATION"
]

SYSTEM_UPDATES_SETTINGS_SYSTEM_UPDATE_POLICY_TYPE_VALUES: set[SystemUpdatesSettingsSystemUpdatePolicyType] = {
    "DEFAULT UPDATE",
    "DISABLE UPDATE",
    "POSTPONE INSTALLATION",
    "UPDATE AUTOMATICALLY",
    "WINDOWED INSTALLATION",
}


def check_system_updates_settings_system_update_policy_type(value: str) -> SystemUpdatesSettingsSystemUpdatePolicyType:
    """Return `value` typed as SystemUpdatesSettingsSystemUpdatePolicyType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SYSTEM_UPDATES_SETTINGS_SYSTEM_UPDATE_POLICY_TYPE_VALUES to tell.
    """
    return cast(SystemUpdatesSettingsSystemUpdatePolicyType, value)
