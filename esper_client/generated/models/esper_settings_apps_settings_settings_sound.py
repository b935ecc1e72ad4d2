from typing import Literal, cast

EsperSettingsAppsSettingsSettingsSound = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_SOUND_VALUES: set[EsperSettingsAppsSettingsSettingsSound] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_sound(value: str) -> EsperSettingsAppsSettingsSettingsSound:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsSound.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_SOUND_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsSound, value)
