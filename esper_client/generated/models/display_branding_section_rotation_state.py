from typing import Literal, cast

DisplayBrandingSectionRotationState = Literal[
    "AUTO", "INVERTED_LANDSCAPE_ONLY", "INVERTED_PORTRAIT_ONLY", "LANDSCAPE_ONLY", "POTRAIT_ONLY"
]

DISPLAY_BRANDING_SECTION_ROTATION_STATE_VALUES: set[DisplayBrandingSectionRotationState] = {
    "AUTO",
    "INVERTED_LANDSCAPE_ONLY",
    "INVERTED_PORTRAIT_ONLY",
    "LANDSCAPE_ONLY",
    "POTRAIT_ONLY",
}


def check_display_branding_section_rotation_state(value: str) -> DisplayBrandingSectionRotationState:
    """Return `value` typed as DisplayBrandingSectionRotationState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DISPLAY_BRANDING_SECTION_ROTATION_STATE_VALUES to tell.
    """
    return cast(DisplayBrandingSectionRotationState, value)
