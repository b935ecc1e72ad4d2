from typing import Literal, cast

EsperSettingsAppsSettingsSettingsReboot = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_REBOOT_VALUES: set[EsperSettingsAppsSettingsSettingsReboot] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_reboot(value: str) -> EsperSettingsAppsSettingsSettingsReboot:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsReboot.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_REBOOT_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsReboot, value)
