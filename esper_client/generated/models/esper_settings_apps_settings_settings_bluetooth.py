from typing import Literal, cast

EsperSettingsAppsSettingsSettingsBluetooth = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_BLUETOOTH_VALUES: set[EsperSettingsAppsSettingsSettingsBluetooth] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_bluetooth(value: str) -> EsperSettingsAppsSettingsSettingsBluetooth:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsBluetooth.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_BLUETOOTH_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsBluetooth, value)
