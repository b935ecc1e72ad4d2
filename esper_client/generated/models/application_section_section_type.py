from typing import Literal, cast

ApplicationSectionSectionType = Literal["Independent", "Inherited"]

APPLICATION_SECTION_SECTION_TYPE_VALUES: set[ApplicationSectionSectionType] = {
    "Independent",
    "Inherited",
}


def check_application_section_section_type(value: str) -> ApplicationSectionSectionType:
    """Return `value` typed as ApplicationSectionSectionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLICATION_SECTION_SECTION_TYPE_VALUES to tell.
    """
    return cast(ApplicationSectionSectionType, value)
