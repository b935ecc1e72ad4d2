"""Only devices running this operating system."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListDevicesOs = Literal["Android", "Linux", "Windows", "iOS", "iPadOS", "tvOS"]
else:
    ListDevicesOs = _rt.documented_literal(Literal["Android", "Linux", "Windows", "iOS", "iPadOS", "tvOS"], __doc__)

LIST_DEVICES_OS_VALUES: set[ListDevicesOs] = {
    "Android",
    "Linux",
    "Windows",
    "iOS",
    "iPadOS",
    "tvOS",
}


def check_list_devices_os(value: str) -> ListDevicesOs:
    """Return `value` typed as ListDevicesOs.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_DEVICES_OS_VALUES to tell.
    """
    return cast(ListDevicesOs, value)
