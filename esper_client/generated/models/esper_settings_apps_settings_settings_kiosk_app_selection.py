from typing import Literal, cast

EsperSettingsAppsSettingsSettingsKioskAppSelection = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_KIOSK_APP_SELECTION_VALUES: set[
    EsperSettingsAppsSettingsSettingsKioskAppSelection
] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_kiosk_app_selection(
    value: str,
) -> EsperSettingsAppsSettingsSettingsKioskAppSelection:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsKioskAppSelection.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_KIOSK_APP_SELECTION_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsKioskAppSelection, value)
