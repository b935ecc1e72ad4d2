from typing import Literal, cast

EsperSettingsAppsSettingsSettingsClearAppData = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_CLEAR_APP_DATA_VALUES: set[EsperSettingsAppsSettingsSettingsClearAppData] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_clear_app_data(
    value: str,
) -> EsperSettingsAppsSettingsSettingsClearAppData:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsClearAppData.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_CLEAR_APP_DATA_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsClearAppData, value)
