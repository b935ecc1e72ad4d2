from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAutoRotation = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_AUTO_ROTATION_VALUES: set[EsperSettingsAppsSettingsSettingsAutoRotation] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_auto_rotation(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAutoRotation:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAutoRotation.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_AUTO_ROTATION_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAutoRotation, value)
