from typing import Literal, cast

EsperSettingsAppsSettingsSettingsKeyboard = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_KEYBOARD_VALUES: set[EsperSettingsAppsSettingsSettingsKeyboard] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_keyboard(value: str) -> EsperSettingsAppsSettingsSettingsKeyboard:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsKeyboard.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_KEYBOARD_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsKeyboard, value)
