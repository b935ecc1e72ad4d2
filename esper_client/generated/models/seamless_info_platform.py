from typing import Literal, cast

SeamlessInfoPlatform = Literal["APPLE", "LINUX", "WINDOWS"]

SEAMLESS_INFO_PLATFORM_VALUES: set[SeamlessInfoPlatform] = {
    "APPLE",
    "LINUX",
    "WINDOWS",
}


def check_seamless_info_platform(value: str) -> SeamlessInfoPlatform:
    """Return `value` typed as SeamlessInfoPlatform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SEAMLESS_INFO_PLATFORM_VALUES to tell.
    """
    return cast(SeamlessInfoPlatform, value)
