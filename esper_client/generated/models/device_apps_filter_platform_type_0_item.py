from typing import Literal, cast

DeviceAppsFilterPlatformType0Item = Literal["Android", "Apple", "Linux", "Windows"]

DEVICE_APPS_FILTER_PLATFORM_TYPE_0_ITEM_VALUES: set[DeviceAppsFilterPlatformType0Item] = {
    "Android",
    "Apple",
    "Linux",
    "Windows",
}


def check_device_apps_filter_platform_type_0_item(value: str) -> DeviceAppsFilterPlatformType0Item:
    """Return `value` typed as DeviceAppsFilterPlatformType0Item.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_APPS_FILTER_PLATFORM_TYPE_0_ITEM_VALUES to tell.
    """
    return cast(DeviceAppsFilterPlatformType0Item, value)
