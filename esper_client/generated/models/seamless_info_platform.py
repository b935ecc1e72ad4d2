"""Operating system family of the devices."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    SeamlessInfoPlatform = Literal["APPLE", "LINUX", "WINDOWS"]
else:
    SeamlessInfoPlatform = _rt.documented_literal(Literal["APPLE", "LINUX", "WINDOWS"], __doc__)

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
