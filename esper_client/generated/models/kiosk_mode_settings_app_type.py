from typing import Literal, cast

KioskModeSettingsAppType = Literal["ESPER_IOS", "PRELOADED", "TENANT_IOS", "VPP", "WEBCLIP"]

KIOSK_MODE_SETTINGS_APP_TYPE_VALUES: set[KioskModeSettingsAppType] = {
    "ESPER_IOS",
    "PRELOADED",
    "TENANT_IOS",
    "VPP",
    "WEBCLIP",
}


def check_kiosk_mode_settings_app_type(value: str) -> KioskModeSettingsAppType:
    """Return `value` typed as KioskModeSettingsAppType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against KIOSK_MODE_SETTINGS_APP_TYPE_VALUES to tell.
    """
    return cast(KioskModeSettingsAppType, value)
