from typing import Literal, cast

AppLayoutSettingDeviceAliasSize = Literal["CUSTOM_TEXT", "DEFAULT_TEXT", "LARGE_TEXT", "MEDIUM_TEXT", "SMALL_TEXT"]

APP_LAYOUT_SETTING_DEVICE_ALIAS_SIZE_VALUES: set[AppLayoutSettingDeviceAliasSize] = {
    "CUSTOM_TEXT",
    "DEFAULT_TEXT",
    "LARGE_TEXT",
    "MEDIUM_TEXT",
    "SMALL_TEXT",
}


def check_app_layout_setting_device_alias_size(value: str) -> AppLayoutSettingDeviceAliasSize:
    """Return `value` typed as AppLayoutSettingDeviceAliasSize.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_LAYOUT_SETTING_DEVICE_ALIAS_SIZE_VALUES to tell.
    """
    return cast(AppLayoutSettingDeviceAliasSize, value)
