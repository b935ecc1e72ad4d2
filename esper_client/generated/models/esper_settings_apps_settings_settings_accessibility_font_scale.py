from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAccessibilityFontScale = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_FONT_SCALE_VALUES: set[
    EsperSettingsAppsSettingsSettingsAccessibilityFontScale
] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_accessibility_font_scale(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAccessibilityFontScale:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAccessibilityFontScale.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_FONT_SCALE_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAccessibilityFontScale, value)
