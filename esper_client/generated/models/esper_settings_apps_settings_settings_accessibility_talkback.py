from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAccessibilityTalkback = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_TALKBACK_VALUES: set[
    EsperSettingsAppsSettingsSettingsAccessibilityTalkback
] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_accessibility_talkback(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAccessibilityTalkback:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAccessibilityTalkback.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_TALKBACK_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAccessibilityTalkback, value)
