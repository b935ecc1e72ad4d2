from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_CC_DEUTERANOMALY_VALUES: set[
    EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly
] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_accessibility_cc_deuteranomaly(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_CC_DEUTERANOMALY_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly, value)
