from typing import Literal, cast

EsperSettingsAppsSettingsSettingsEsperBranding = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ESPER_BRANDING_VALUES: set[EsperSettingsAppsSettingsSettingsEsperBranding] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_esper_branding(
    value: str,
) -> EsperSettingsAppsSettingsSettingsEsperBranding:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsEsperBranding.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ESPER_BRANDING_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsEsperBranding, value)
