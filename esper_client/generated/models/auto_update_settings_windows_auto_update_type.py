from typing import Literal, cast

AutoUpdateSettingsWindowsAutoUpdateType = Literal["DEFAULT", "OFF"]

AUTO_UPDATE_SETTINGS_WINDOWS_AUTO_UPDATE_TYPE_VALUES: set[AutoUpdateSettingsWindowsAutoUpdateType] = {
    "DEFAULT",
    "OFF",
}


def check_auto_update_settings_windows_auto_update_type(value: str) -> AutoUpdateSettingsWindowsAutoUpdateType:
    """Return `value` typed as AutoUpdateSettingsWindowsAutoUpdateType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against AUTO_UPDATE_SETTINGS_WINDOWS_AUTO_UPDATE_TYPE_VALUES to tell.
    """
    return cast(AutoUpdateSettingsWindowsAutoUpdateType, value)
