from typing import Literal, cast

EsperSettingsAppsSettingsSettingsFactoryReset = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_FACTORY_RESET_VALUES: set[EsperSettingsAppsSettingsSettingsFactoryReset] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_factory_reset(
    value: str,
) -> EsperSettingsAppsSettingsSettingsFactoryReset:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsFactoryReset.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_FACTORY_RESET_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsFactoryReset, value)
