from typing import Literal, cast

EsperSettingsAppsSettingsSettingsMobileData = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_MOBILE_DATA_VALUES: set[EsperSettingsAppsSettingsSettingsMobileData] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_mobile_data(value: str) -> EsperSettingsAppsSettingsSettingsMobileData:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsMobileData.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_MOBILE_DATA_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsMobileData, value)
