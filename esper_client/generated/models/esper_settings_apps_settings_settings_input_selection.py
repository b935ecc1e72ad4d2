from typing import Literal, cast

EsperSettingsAppsSettingsSettingsInputSelection = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_INPUT_SELECTION_VALUES: set[EsperSettingsAppsSettingsSettingsInputSelection] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_input_selection(
    value: str,
) -> EsperSettingsAppsSettingsSettingsInputSelection:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsInputSelection.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_INPUT_SELECTION_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsInputSelection, value)
