from typing import Literal, cast

DeviceAppsFilterAppStateType0Item = Literal["DISABLE", "HIDE", "LAUNCHABLE_BUT_HIDDEN", "SHOW"]

DEVICE_APPS_FILTER_APP_STATE_TYPE_0_ITEM_VALUES: set[DeviceAppsFilterAppStateType0Item] = {
    "DISABLE",
    "HIDE",
    "LAUNCHABLE_BUT_HIDDEN",
    "SHOW",
}


def check_device_apps_filter_app_state_type_0_item(value: str) -> DeviceAppsFilterAppStateType0Item:
    """Return `value` typed as DeviceAppsFilterAppStateType0Item.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_APPS_FILTER_APP_STATE_TYPE_0_ITEM_VALUES to tell.
    """
    return cast(DeviceAppsFilterAppStateType0Item, value)
