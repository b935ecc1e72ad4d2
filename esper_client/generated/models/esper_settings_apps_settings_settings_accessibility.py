from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAccessibility = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_VALUES: set[EsperSettingsAppsSettingsSettingsAccessibility] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_accessibility(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAccessibility:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAccessibility.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAccessibility, value)
