from typing import Literal, cast

AppLayoutSettingAppNameSize = Literal["CUSTOM_TEXT", "DEFAULT_TEXT", "LARGE_TEXT", "MEDIUM_TEXT", "SMALL_TEXT"]

APP_LAYOUT_SETTING_APP_NAME_SIZE_VALUES: set[AppLayoutSettingAppNameSize] = {
    "CUSTOM_TEXT",
    "DEFAULT_TEXT",
    "LARGE_TEXT",
    "MEDIUM_TEXT",
    "SMALL_TEXT",
}


def check_app_layout_setting_app_name_size(value: str) -> AppLayoutSettingAppNameSize:
    """Return `value` typed as AppLayoutSettingAppNameSize.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_LAYOUT_SETTING_APP_NAME_SIZE_VALUES to tell.
    """
    return cast(AppLayoutSettingAppNameSize, value)
