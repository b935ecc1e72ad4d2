from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_CC_TRITANOMALY_VALUES: set[
    EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly
] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_accessibility_cc_tritanomaly(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_CC_TRITANOMALY_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly, value)
