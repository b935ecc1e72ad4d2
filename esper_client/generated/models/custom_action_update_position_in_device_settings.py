from typing import Literal, cast

CustomActionUpdatePositionInDeviceSettings = Literal["device_quick_settings", "none"]

CUSTOM_ACTION_UPDATE_POSITION_IN_DEVICE_SETTINGS_VALUES: set[CustomActionUpdatePositionInDeviceSettings] = {
    "device_quick_settings",
    "none",
}


def check_custom_action_update_position_in_device_settings(value: str) -> CustomActionUpdatePositionInDeviceSettings:
    """Return `value` typed as CustomActionUpdatePositionInDeviceSettings.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CUSTOM_ACTION_UPDATE_POSITION_IN_DEVICE_SETTINGS_VALUES to tell.
    """
    return cast(CustomActionUpdatePositionInDeviceSettings, value)
