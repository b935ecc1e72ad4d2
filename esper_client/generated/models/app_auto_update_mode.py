from typing import Literal, cast

AppAutoUpdateMode = Literal["autoUpdateDefault", "autoUpdateHighPriority", "autoUpdatePostponed"]

APP_AUTO_UPDATE_MODE_VALUES: set[AppAutoUpdateMode] = {
    "autoUpdateDefault",
    "autoUpdateHighPriority",
    "autoUpdatePostponed",
}


def check_app_auto_update_mode(value: str) -> AppAutoUpdateMode:
    """Return `value` typed as AppAutoUpdateMode.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_AUTO_UPDATE_MODE_VALUES to tell.
    """
    return cast(AppAutoUpdateMode, value)
