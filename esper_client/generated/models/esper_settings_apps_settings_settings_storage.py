from typing import Literal, cast

EsperSettingsAppsSettingsSettingsStorage = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_STORAGE_VALUES: set[EsperSettingsAppsSettingsSettingsStorage] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_storage(value: str) -> EsperSettingsAppsSettingsSettingsStorage:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsStorage.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_STORAGE_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsStorage, value)
