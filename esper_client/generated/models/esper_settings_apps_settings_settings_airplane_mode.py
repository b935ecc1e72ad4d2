from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAirplaneMode = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_AIRPLANE_MODE_VALUES: set[EsperSettingsAppsSettingsSettingsAirplaneMode] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_airplane_mode(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAirplaneMode:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAirplaneMode.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_AIRPLANE_MODE_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAirplaneMode, value)
