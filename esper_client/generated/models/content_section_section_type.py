from typing import Literal, cast

ContentSectionSectionType = Literal["Independent", "Inherited"]

CONTENT_SECTION_SECTION_TYPE_VALUES: set[ContentSectionSectionType] = {
    "Independent",
    "Inherited",
}


def check_content_section_section_type(value: str) -> ContentSectionSectionType:
    """Return `value` typed as ContentSectionSectionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CONTENT_SECTION_SECTION_TYPE_VALUES to tell.
    """
    return cast(ContentSectionSectionType, value)
