from typing import Literal, cast

DeviceAppsResponseAppType = Literal["ESPER_IOS", "ESPER_WINDOWS", "TENANT_IOS", "TENANT_WINDOWS"]

DEVICE_APPS_RESPONSE_APP_TYPE_VALUES: set[DeviceAppsResponseAppType] = {
    "ESPER_IOS",
    "ESPER_WINDOWS",
    "TENANT_IOS",
    "TENANT_WINDOWS",
}


def check_device_apps_response_app_type(value: str) -> DeviceAppsResponseAppType:
    """Return `value` typed as DeviceAppsResponseAppType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_APPS_RESPONSE_APP_TYPE_VALUES to tell.
    """
    return cast(DeviceAppsResponseAppType, value)
