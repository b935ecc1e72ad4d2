from typing import Literal, cast

AppLayoutSettingDeviceNameAndIdDisplayPolicy = Literal[
    "ALIAS_NAME_ONLY", "DEFAULT", "DEVICE_ID_AND_ALIAS_NAME", "DEVICE_ID_ONLY", "NONE"
]

APP_LAYOUT_SETTING_DEVICE_NAME_AND_ID_DISPLAY_POLICY_VALUES: set[AppLayoutSettingDeviceNameAndIdDisplayPolicy] = {
    "ALIAS_NAME_ONLY",
    "DEFAULT",
    "DEVICE_ID_AND_ALIAS_NAME",
    "DEVICE_ID_ONLY",
    "NONE",
}


def check_app_layout_setting_device_name_and_id_display_policy(
    value: str,
) -> AppLayoutSettingDeviceNameAndIdDisplayPolicy:
    """Return `value` typed as AppLayoutSettingDeviceNameAndIdDisplayPolicy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_LAYOUT_SETTING_DEVICE_NAME_AND_ID_DISPLAY_POLICY_VALUES to tell.
    """
    return cast(AppLayoutSettingDeviceNameAndIdDisplayPolicy, value)
