"""0: State not known.
1: Online.
20: Disabled (the device was wiped, or taken off the Esper console).
30: Provisioning has started.
40: Provisioning, setting up Google Play.
50: Provisioning, applying policies and installing apps.
60: Offline.
70: Factory reset under way (started from the console).
80: Onboarding under way.
90: Onboarding failed.
100: Onboarded in Esper.
110: Provisioning step done: Android for Work account set up.
120: Provisioning step done: apps installed.
130: Provisioning step done: branding.
140: Provisioning step done: permission policy.
150: Provisioning step done: device policy.
160: Provisioning step done: device settings.
170: Provisioning step done: security policy.
180: Provisioning step done: phone policy.
190: Provisioning step done: custom settings.
200: Registered."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    DeviceStateEnum = Literal[
        0, 1, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200
    ]
else:
    DeviceStateEnum = _rt.documented_literal(
        Literal[0, 1, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200], __doc__
    )

DEVICE_STATE_ENUM_VALUES: set[DeviceStateEnum] = {
    0,
    1,
    20,
    30,
    40,
    50,
    60,
    70,
    80,
    90,
    100,
    110,
    120,
    130,
    140,
    150,
    160,
    170,
    180,
    190,
    200,
}


def check_device_state_enum(value: int) -> DeviceStateEnum:
    """Return `value` typed as DeviceStateEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_STATE_ENUM_VALUES to tell.
    """
    return cast(DeviceStateEnum, value)
