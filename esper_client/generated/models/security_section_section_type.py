from typing import Literal, cast

SecuritySectionSectionType = Literal["Independent", "Inherited"]

SECURITY_SECTION_SECTION_TYPE_VALUES: set[SecuritySectionSectionType] = {
    "Independent",
    "Inherited",
}


def check_security_section_section_type(value: str) -> SecuritySectionSectionType:
    """Return `value` typed as SecuritySectionSectionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SECURITY_SECTION_SECTION_TYPE_VALUES to tell.
    """
    return cast(SecuritySectionSectionType, value)
