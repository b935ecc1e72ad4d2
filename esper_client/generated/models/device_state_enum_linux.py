"""0: State not known.
1: Online (active).
20: Disabled (the device was wiped, or taken off the Esper console).
70: Wipe under way.
80: Onboarding under way.
90: Onboarding failed.
100: Onboarded in Esper.
200: Registered."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    DeviceStateEnumLinux = Literal[0, 1, 20, 70, 80, 90, 100, 200]
else:
    DeviceStateEnumLinux = _rt.documented_literal(Literal[0, 1, 20, 70, 80, 90, 100, 200], __doc__)

DEVICE_STATE_ENUM_LINUX_VALUES: set[DeviceStateEnumLinux] = {
    0,
    1,
    20,
    70,
    80,
    90,
    100,
    200,
}


def check_device_state_enum_linux(value: int) -> DeviceStateEnumLinux:
    """Return `value` typed as DeviceStateEnumLinux.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_STATE_ENUM_LINUX_VALUES to tell.
    """
    return cast(DeviceStateEnumLinux, value)
