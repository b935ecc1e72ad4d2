from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAbout = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ABOUT_VALUES: set[EsperSettingsAppsSettingsSettingsAbout] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_about(value: str) -> EsperSettingsAppsSettingsSettingsAbout:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAbout.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ABOUT_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAbout, value)
