from typing import Literal, cast

ScreenOrientationSettingsOrientationType = Literal[
    "AUTO", "INVERTED LANDSCAPE", "INVERTED PORTRAIT", "LANDSCAPE", "PORTRAIT"
]

SCREEN_ORIENTATION_SETTINGS_ORIENTATION_TYPE_VALUES: set[ScreenOrientationSettingsOrientationType] = {
    "AUTO",
    "INVERTED LANDSCAPE",
    "INVERTED PORTRAIT",
    "LANDSCAPE",
    "PORTRAIT",
}


def check_screen_orientation_settings_orientation_type(value: str) -> ScreenOrientationSettingsOrientationType:
    """Return `value` typed as ScreenOrientationSettingsOrientationType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SCREEN_ORIENTATION_SETTINGS_ORIENTATION_TYPE_VALUES to tell.
    """
    return cast(ScreenOrientationSettingsOrientationType, value)
