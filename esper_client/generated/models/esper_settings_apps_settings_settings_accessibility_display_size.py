from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_DISPLAY_SIZE_VALUES: set[
    EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize
] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_accessibility_display_size(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_DISPLAY_SIZE_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize, value)
