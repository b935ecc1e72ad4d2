from typing import Literal, cast

CustomActionBasePositionInDeviceSettings = Literal["device_quick_settings", "none"]

CUSTOM_ACTION_BASE_POSITION_IN_DEVICE_SETTINGS_VALUES: set[CustomActionBasePositionInDeviceSettings] = {
    "device_quick_settings",
    "none",
}


def check_custom_action_base_position_in_device_settings(value: str) -> CustomActionBasePositionInDeviceSettings:
    """Return `value` typed as CustomActionBasePositionInDeviceSettings.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CUSTOM_ACTION_BASE_POSITION_IN_DEVICE_SETTINGS_VALUES to tell.
    """
    return cast(CustomActionBasePositionInDeviceSettings, value)
