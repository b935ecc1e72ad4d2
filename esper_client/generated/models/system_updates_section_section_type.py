from typing import Literal, cast

SystemUpdatesSectionSectionType = Literal["Independent", "Inherited"]

SYSTEM_UPDATES_SECTION_SECTION_TYPE_VALUES: set[SystemUpdatesSectionSectionType] = {
    "Independent",
    "Inherited",
}


def check_system_updates_section_section_type(value: str) -> SystemUpdatesSectionSectionType:
    """Return `value` typed as SystemUpdatesSectionSectionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SYSTEM_UPDATES_SECTION_SECTION_TYPE_VALUES to tell.
    """
    return cast(SystemUpdatesSectionSectionType, value)
