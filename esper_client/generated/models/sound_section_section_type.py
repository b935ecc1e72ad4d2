from typing import Literal, cast

SoundSectionSectionType = Literal["Independent", "Inherited"]

SOUND_SECTION_SECTION_TYPE_VALUES: set[SoundSectionSectionType] = {
    "Independent",
    "Inherited",
}


def check_sound_section_section_type(value: str) -> SoundSectionSectionType:
    """Return `value` typed as SoundSectionSectionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SOUND_SECTION_SECTION_TYPE_VALUES to tell.
    """
    return cast(SoundSectionSectionType, value)
