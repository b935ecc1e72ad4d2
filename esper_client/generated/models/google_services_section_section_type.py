from typing import Literal, cast

GoogleServicesSectionSectionType = Literal["Independent", "Inherited"]

GOOGLE_SERVICES_SECTION_SECTION_TYPE_VALUES: set[GoogleServicesSectionSectionType] = {
    "Independent",
    "Inherited",
}


def check_google_services_section_section_type(value: str) -> GoogleServicesSectionSectionType:
    """Return `value` typed as GoogleServicesSectionSectionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GOOGLE_SERVICES_SECTION_SECTION_TYPE_VALUES to tell.
    """
    return cast(GoogleServicesSectionSectionType, value)
