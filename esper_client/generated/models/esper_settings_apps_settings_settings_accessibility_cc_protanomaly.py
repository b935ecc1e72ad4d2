from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_CC_PROTANOMALY_VALUES: set[
    EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly
] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_accessibility_cc_protanomaly(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_CC_PROTANOMALY_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly, value)
