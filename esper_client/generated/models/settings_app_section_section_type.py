from typing import Literal, cast

SettingsAppSectionSectionType = Literal["Independent", "Inherited"]

SETTINGS_APP_SECTION_SECTION_TYPE_VALUES: set[SettingsAppSectionSectionType] = {
    "Independent",
    "Inherited",
}


def check_settings_app_section_section_type(value: str) -> SettingsAppSectionSectionType:
    """Return `value` typed as SettingsAppSectionSectionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SETTINGS_APP_SECTION_SECTION_TYPE_VALUES to tell.
    """
    return cast(SettingsAppSectionSectionType, value)
