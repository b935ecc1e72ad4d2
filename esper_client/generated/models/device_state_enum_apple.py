from typing import Literal, cast

DeviceStateEnumApple = Literal[0, 1, 20, 70, 80, 90, 100, 200]

DEVICE_STATE_ENUM_APPLE_VALUES: set[DeviceStateEnumApple] = {
    0,
    1,
    20,
    70,
    80,
    90,
    100,
    200,
}


def check_device_state_enum_apple(value: int) -> DeviceStateEnumApple:
    """Return `value` typed as DeviceStateEnumApple.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_STATE_ENUM_APPLE_VALUES to tell.
    """
    return cast(DeviceStateEnumApple, value)
