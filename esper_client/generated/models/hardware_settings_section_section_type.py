from typing import Literal, cast

HardwareSettingsSectionSectionType = Literal["Independent", "Inherited"]

HARDWARE_SETTINGS_SECTION_SECTION_TYPE_VALUES: set[HardwareSettingsSectionSectionType] = {
    "Independent",
    "Inherited",
}


def check_hardware_settings_section_section_type(value: str) -> HardwareSettingsSectionSectionType:
    """Return `value` typed as HardwareSettingsSectionSectionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against HARDWARE_SETTINGS_SECTION_SECTION_TYPE_VALUES to tell.
    """
    return cast(HardwareSettingsSectionSectionType, value)
