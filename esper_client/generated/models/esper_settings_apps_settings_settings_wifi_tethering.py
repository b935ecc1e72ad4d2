from typing import Literal, cast

EsperSettingsAppsSettingsSettingsWifiTethering = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_WIFI_TETHERING_VALUES: set[EsperSettingsAppsSettingsSettingsWifiTethering] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_wifi_tethering(
    value: str,
) -> EsperSettingsAppsSettingsSettingsWifiTethering:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsWifiTethering.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_WIFI_TETHERING_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsWifiTethering, value)
