from typing import Literal, cast

SystemUpdatesSectionType = Literal[
    "TYPE_INSTALL_AUTOMATIC", "TYPE_INSTALL_DISABLED", "TYPE_INSTALL_WINDOWED", "TYPE_POSTPONE"
]

SYSTEM_UPDATES_SECTION_TYPE_VALUES: set[SystemUpdatesSectionType] = {
    "TYPE_INSTALL_AUTOMATIC",
    "TYPE_INSTALL_DISABLED",
    "TYPE_INSTALL_WINDOWED",
    "TYPE_POSTPONE",
}


def check_system_updates_section_type(value: str) -> SystemUpdatesSectionType:
    """Return `value` typed as SystemUpdatesSectionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SYSTEM_UPDATES_SECTION_TYPE_VALUES to tell.
    """
    return cast(SystemUpdatesSectionType, value)
