from typing import Literal, cast

DisplayBrandingSectionSectionType = Literal["Independent", "Inherited"]

DISPLAY_BRANDING_SECTION_SECTION_TYPE_VALUES: set[DisplayBrandingSectionSectionType] = {
    "Independent",
    "Inherited",
}


def check_display_branding_section_section_type(value: str) -> DisplayBrandingSectionSectionType:
    """Return `value` typed as DisplayBrandingSectionSectionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DISPLAY_BRANDING_SECTION_SECTION_TYPE_VALUES to tell.
    """
    return cast(DisplayBrandingSectionSectionType, value)
