from typing import Literal, cast

AppLayoutSettingDeviceNameSize = Literal["CUSTOM_TEXT", "DEFAULT_TEXT", "LARGE_TEXT", "MEDIUM_TEXT", "SMALL_TEXT"]

APP_LAYOUT_SETTING_DEVICE_NAME_SIZE_VALUES: set[AppLayoutSettingDeviceNameSize] = {
    "CUSTOM_TEXT",
    "DEFAULT_TEXT",
    "LARGE_TEXT",
    "MEDIUM_TEXT",
    "SMALL_TEXT",
}


def check_app_layout_setting_device_name_size(value: str) -> AppLayoutSettingDeviceNameSize:
    """Return `value` typed as AppLayoutSettingDeviceNameSize.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_LAYOUT_SETTING_DEVICE_NAME_SIZE_VALUES to tell.
    """
    return cast(AppLayoutSettingDeviceNameSize, value)
