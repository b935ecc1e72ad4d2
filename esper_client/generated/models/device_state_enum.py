from typing import Literal, cast

DeviceStateEnum = Literal[0, 1, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200]

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
