from typing import Literal, cast

EsperSettingsAppsSettingsSettingsLanguage = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_LANGUAGE_VALUES: set[EsperSettingsAppsSettingsSettingsLanguage] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_language(value: str) -> EsperSettingsAppsSettingsSettingsLanguage:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsLanguage.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_LANGUAGE_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsLanguage, value)
