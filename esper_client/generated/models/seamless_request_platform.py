from typing import Literal, cast

SeamlessRequestPlatform = Literal["APPLE", "LINUX", "WINDOWS"]

SEAMLESS_REQUEST_PLATFORM_VALUES: set[SeamlessRequestPlatform] = {
    "APPLE",
    "LINUX",
    "WINDOWS",
}


def check_seamless_request_platform(value: str) -> SeamlessRequestPlatform:
    """Return `value` typed as SeamlessRequestPlatform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SEAMLESS_REQUEST_PLATFORM_VALUES to tell.
    """
    return cast(SeamlessRequestPlatform, value)
