from typing import Literal, cast

EsperSettingsAppsSettingsSettingsDisplay = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_DISPLAY_VALUES: set[EsperSettingsAppsSettingsSettingsDisplay] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_display(value: str) -> EsperSettingsAppsSettingsSettingsDisplay:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsDisplay.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_DISPLAY_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsDisplay, value)
