from typing import Literal, cast

DateTimeSectionSectionType = Literal["Independent", "Inherited"]

DATE_TIME_SECTION_SECTION_TYPE_VALUES: set[DateTimeSectionSectionType] = {
    "Independent",
    "Inherited",
}


def check_date_time_section_section_type(value: str) -> DateTimeSectionSectionType:
    """Return `value` typed as DateTimeSectionSectionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DATE_TIME_SECTION_SECTION_TYPE_VALUES to tell.
    """
    return cast(DateTimeSectionSectionType, value)
