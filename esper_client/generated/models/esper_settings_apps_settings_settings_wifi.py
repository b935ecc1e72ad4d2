from typing import Literal, cast

EsperSettingsAppsSettingsSettingsWifi = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_WIFI_VALUES: set[EsperSettingsAppsSettingsSettingsWifi] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_wifi(value: str) -> EsperSettingsAppsSettingsSettingsWifi:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsWifi.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_WIFI_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsWifi, value)
