from typing import Literal, cast

DeviceFilterPlatformType0Item = Literal["Android", "Apple", "Linux", "Windows"]

DEVICE_FILTER_PLATFORM_TYPE_0_ITEM_VALUES: set[DeviceFilterPlatformType0Item] = {
    "Android",
    "Apple",
    "Linux",
    "Windows",
}


def check_device_filter_platform_type_0_item(value: str) -> DeviceFilterPlatformType0Item:
    """Return `value` typed as DeviceFilterPlatformType0Item.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_FILTER_PLATFORM_TYPE_0_ITEM_VALUES to tell.
    """
    return cast(DeviceFilterPlatformType0Item, value)
