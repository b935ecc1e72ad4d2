from typing import Literal, cast

ConnectivitySectionSectionType = Literal["Independent", "Inherited"]

CONNECTIVITY_SECTION_SECTION_TYPE_VALUES: set[ConnectivitySectionSectionType] = {
    "Independent",
    "Inherited",
}


def check_connectivity_section_section_type(value: str) -> ConnectivitySectionSectionType:
    """Return `value` typed as ConnectivitySectionSectionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CONNECTIVITY_SECTION_SECTION_TYPE_VALUES to tell.
    """
    return cast(ConnectivitySectionSectionType, value)
