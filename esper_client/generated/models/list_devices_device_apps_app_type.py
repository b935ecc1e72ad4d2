from typing import Literal, cast

ListDevicesDeviceAppsAppType = Literal["ESPER_IOS", "ESPER_WINDOWS", "TENANT_IOS", "TENANT_WINDOWS", "VPP", "WEBCLIP"]

LIST_DEVICES_DEVICE_APPS_APP_TYPE_VALUES: set[ListDevicesDeviceAppsAppType] = {
    "ESPER_IOS",
    "ESPER_WINDOWS",
    "TENANT_IOS",
    "TENANT_WINDOWS",
    "VPP",
    "WEBCLIP",
}


def check_list_devices_device_apps_app_type(value: str) -> ListDevicesDeviceAppsAppType:
    """Return `value` typed as ListDevicesDeviceAppsAppType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_DEVICES_DEVICE_APPS_APP_TYPE_VALUES to tell.
    """
    return cast(ListDevicesDeviceAppsAppType, value)
