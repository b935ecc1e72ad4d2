from typing import Literal, cast

SettingsAppSectionSettingsAccessLevel = Literal["NONE", "SHOONYA", "SYSTEM"]

SETTINGS_APP_SECTION_SETTINGS_ACCESS_LEVEL_VALUES: set[SettingsAppSectionSettingsAccessLevel] = {
    "NONE",
    "SHOONYA",
    "SYSTEM",
}


def check_settings_app_section_settings_access_level(value: str) -> SettingsAppSectionSettingsAccessLevel:
    """Return `value` typed as SettingsAppSectionSettingsAccessLevel.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SETTINGS_APP_SECTION_SETTINGS_ACCESS_LEVEL_VALUES to tell.
    """
    return cast(SettingsAppSectionSettingsAccessLevel, value)
