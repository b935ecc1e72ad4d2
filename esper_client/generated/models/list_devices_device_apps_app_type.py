"""Only apps of these types, comma-separated."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListDevicesDeviceAppsAppType = Literal[
        "ESPER_IOS", "ESPER_WINDOWS", "TENANT_IOS", "TENANT_WINDOWS", "VPP", "WEBCLIP"
    ]
else:
    ListDevicesDeviceAppsAppType = _rt.documented_literal(
        Literal["ESPER_IOS", "ESPER_WINDOWS", "TENANT_IOS", "TENANT_WINDOWS", "VPP", "WEBCLIP"], __doc__
    )

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
