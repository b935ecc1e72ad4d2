from typing import Literal, cast

EsperSettingsAppsSettingsSettingsFlashlight = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_FLASHLIGHT_VALUES: set[EsperSettingsAppsSettingsSettingsFlashlight] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_flashlight(value: str) -> EsperSettingsAppsSettingsSettingsFlashlight:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsFlashlight.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_FLASHLIGHT_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsFlashlight, value)
