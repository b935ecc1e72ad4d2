from typing import Literal, cast

DeviceStateEnumLinux = Literal[0, 1, 20, 70, 80, 90, 100, 200]

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
