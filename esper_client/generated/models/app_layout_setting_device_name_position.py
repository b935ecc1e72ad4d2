from typing import Literal, cast

AppLayoutSettingDeviceNamePosition = Literal["BOTTOM_LEFT", "BOTTOM_RIGHT", "TOP_LEFT", "TOP_RIGHT"]

APP_LAYOUT_SETTING_DEVICE_NAME_POSITION_VALUES: set[AppLayoutSettingDeviceNamePosition] = {
    "BOTTOM_LEFT",
    "BOTTOM_RIGHT",
    "TOP_LEFT",
    "TOP_RIGHT",
}


def check_app_layout_setting_device_name_position(value: str) -> AppLayoutSettingDeviceNamePosition:
    """Return `value` typed as AppLayoutSettingDeviceNamePosition.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_LAYOUT_SETTING_DEVICE_NAME_POSITION_VALUES to tell.
    """
    return cast(AppLayoutSettingDeviceNamePosition, value)
