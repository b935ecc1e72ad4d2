from typing import Literal, cast

AppLayoutSettingAppIconSize = Literal["CUSTOM_ICON", "DEFAULT_ICON", "LARGE_ICON", "MEDIUM_ICON", "SMALL_ICON"]

APP_LAYOUT_SETTING_APP_ICON_SIZE_VALUES: set[AppLayoutSettingAppIconSize] = {
    "CUSTOM_ICON",
    "DEFAULT_ICON",
    "LARGE_ICON",
    "MEDIUM_ICON",
    "SMALL_ICON",
}


def check_app_layout_setting_app_icon_size(value: str) -> AppLayoutSettingAppIconSize:
    """Return `value` typed as AppLayoutSettingAppIconSize.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_LAYOUT_SETTING_APP_ICON_SIZE_VALUES to tell.
    """
    return cast(AppLayoutSettingAppIconSize, value)
