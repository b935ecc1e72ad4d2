from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_HIGH_CONTRAST_TEXT_VALUES: set[
    EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText
] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_accessibility_high_contrast_text(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_HIGH_CONTRAST_TEXT_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText, value)
