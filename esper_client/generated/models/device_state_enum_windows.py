from typing import Literal, cast

DeviceStateEnumWindows = Literal[0, 1, 20, 70, 80, 90, 100, 200]

DEVICE_STATE_ENUM_WINDOWS_VALUES: set[DeviceStateEnumWindows] = {
    0,
    1,
    20,
    70,
    80,
    90,
    100,
    200,
}


def check_device_state_enum_windows(value: int) -> DeviceStateEnumWindows:
    """Return `value` typed as DeviceStateEnumWindows.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_STATE_ENUM_WINDOWS_VALUES to tell.
    """
    return cast(DeviceStateEnumWindows, value)
