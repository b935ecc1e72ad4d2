from typing import Literal, cast

DeviceAppsFilterDeviceOsType0Item = Literal["Android", "iOS"]

DEVICE_APPS_FILTER_DEVICE_OS_TYPE_0_ITEM_VALUES: set[DeviceAppsFilterDeviceOsType0Item] = {
    "Android",
    "iOS",
}


def check_device_apps_filter_device_os_type_0_item(value: str) -> DeviceAppsFilterDeviceOsType0Item:
    """Return `value` typed as DeviceAppsFilterDeviceOsType0Item.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_APPS_FILTER_DEVICE_OS_TYPE_0_ITEM_VALUES to tell.
    """
    return cast(DeviceAppsFilterDeviceOsType0Item, value)
