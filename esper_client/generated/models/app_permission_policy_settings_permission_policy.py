from typing import Literal, cast

AppPermissionPolicySettingsPermissionPolicy = Literal["ALLOW AUTOMATICALLY", "ASK USER", "DENY"]

APP_PERMISSION_POLICY_SETTINGS_PERMISSION_POLICY_VALUES: set[AppPermissionPolicySettingsPermissionPolicy] = {
    "ALLOW AUTOMATICALLY",
    "ASK USER",
    "DENY",
}


def check_app_permission_policy_settings_permission_policy(value: str) -> AppPermissionPolicySettingsPermissionPolicy:
    """Return `value` typed as AppPermissionPolicySettingsPermissionPolicy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_PERMISSION_POLICY_SETTINGS_PERMISSION_POLICY_VALUES to tell.
    """
    return cast(AppPermissionPolicySettingsPermissionPolicy, value)
