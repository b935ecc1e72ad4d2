from typing import Literal, cast

SecuritySectionPasswordQuality = Literal[
    "PASSWORD_QUALITY_ALPHABETIC",
    "PASSWORD_QUALITY_ALPHANUMERIC",
    "PASSWORD_QUALITY_BIOMETRIC_WEAK",
    "PASSWORD_QUALITY_COMPLEX",
    "PASSWORD_QUALITY_NUMERIC",
    "PASSWORD_QUALITY_UNSPECIFIED",
]

SECURITY_SECTION_PASSWORD_QUALITY_VALUES: set[SecuritySectionPasswordQuality] = {
    "PASSWORD_QUALITY_ALPHABETIC",
    "PASSWORD_QUALITY_ALPHANUMERIC",
    "PASSWORD_QUALITY_BIOMETRIC_WEAK",
    "PASSWORD_QUALITY_COMPLEX",
    "PASSWORD_QUALITY_NUMERIC",
    "PASSWORD_QUALITY_UNSPECIFIED",
}


def check_security_section_password_quality(value: str) -> SecuritySectionPasswordQuality:
    """Return `value` typed as SecuritySectionPasswordQuality.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SECURITY_SECTION_PASSWORD_QUALITY_VALUES to tell.
    """
    return cast(SecuritySectionPasswordQuality, value)
