from typing import Literal, cast

EsperSettingsAppsSettingsSettingsDataRoaming = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_DATA_ROAMING_VALUES: set[EsperSettingsAppsSettingsSettingsDataRoaming] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_data_roaming(
    value: str,
) -> EsperSettingsAppsSettingsSettingsDataRoaming:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsDataRoaming.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_DATA_ROAMING_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsDataRoaming, value)
