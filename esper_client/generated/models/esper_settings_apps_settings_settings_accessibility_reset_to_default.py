from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_RESET_TO_DEFAULT_VALUES: set[
    EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault
] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_accessibility_reset_to_default(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_RESET_TO_DEFAULT_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault, value)
