from typing import Literal, cast

LockScreenSettingsPasswordQuality = Literal[
    "ALPHABETIC", "ALPHANUMERIC", "BIOMETRIC_WEAK", "COMPLEX", "NONE", "NUMERIC"
]

LOCK_SCREEN_SETTINGS_PASSWORD_QUALITY_VALUES: set[LockScreenSettingsPasswordQuality] = {
    "ALPHABETIC",
    "ALPHANUMERIC",
    "BIOMETRIC_WEAK",
    "COMPLEX",
    "NONE",
    "NUMERIC",
}


def check_lock_screen_settings_password_quality(value: str) -> LockScreenSettingsPasswordQuality:
    """Return `value` typed as LockScreenSettingsPasswordQuality.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LOCK_SCREEN_SETTINGS_PASSWORD_QUALITY_VALUES to tell.
    """
    return cast(LockScreenSettingsPasswordQuality, value)
