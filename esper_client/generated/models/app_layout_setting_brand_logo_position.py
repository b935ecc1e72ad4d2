from typing import Literal, cast

AppLayoutSettingBrandLogoPosition = Literal["BOTTOM_LEFT", "BOTTOM_RIGHT", "TOP_LEFT", "TOP_RIGHT"]

APP_LAYOUT_SETTING_BRAND_LOGO_POSITION_VALUES: set[AppLayoutSettingBrandLogoPosition] = {
    "BOTTOM_LEFT",
    "BOTTOM_RIGHT",
    "TOP_LEFT",
    "TOP_RIGHT",
}


def check_app_layout_setting_brand_logo_position(value: str) -> AppLayoutSettingBrandLogoPosition:
    """Return `value` typed as AppLayoutSettingBrandLogoPosition.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_LAYOUT_SETTING_BRAND_LOGO_POSITION_VALUES to tell.
    """
    return cast(AppLayoutSettingBrandLogoPosition, value)
