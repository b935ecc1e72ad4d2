from typing import Literal, cast

DeviceSettingsRotationState = Literal[
    "AUTO", "INVERTED_LANDSCAPE_ONLY", "INVERTED_PORTRAIT_ONLY", "LANDSCAPE_ONLY", "PORTRAIT_ONLY"
]

DEVICE_SETTINGS_ROTATION_STATE_VALUES: set[DeviceSettingsRotationState] = {
    "AUTO",
    "INVERTED_LANDSCAPE_ONLY",
    "INVERTED_PORTRAIT_ONLY",
    "LANDSCAPE_ONLY",
    "PORTRAIT_ONLY",
}


def check_device_settings_rotation_state(value: str) -> DeviceSettingsRotationState:
    """Return `value` typed as DeviceSettingsRotationState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_SETTINGS_ROTATION_STATE_VALUES to tell.
    """
    return cast(DeviceSettingsRotationState, value)
