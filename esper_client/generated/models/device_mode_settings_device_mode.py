from typing import Literal, cast

DeviceModeSettingsDeviceMode = Literal["KIOSK", "MULTI APP"]

DEVICE_MODE_SETTINGS_DEVICE_MODE_VALUES: set[DeviceModeSettingsDeviceMode] = {
    "KIOSK",
    "MULTI APP",
}


def check_device_mode_settings_device_mode(value: str) -> DeviceModeSettingsDeviceMode:
    """Return `value` typed as DeviceModeSettingsDeviceMode.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_MODE_SETTINGS_DEVICE_MODE_VALUES to tell.
    """
    return cast(DeviceModeSettingsDeviceMode, value)
