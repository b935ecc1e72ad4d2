from typing import Literal, cast

ListDevicesManagedBy = Literal["BLUEPRINT", "TEMPLATE"]

LIST_DEVICES_MANAGED_BY_VALUES: set[ListDevicesManagedBy] = {
    "BLUEPRINT",
    "TEMPLATE",
}


def check_list_devices_managed_by(value: str) -> ListDevicesManagedBy:
    """Return `value` typed as ListDevicesManagedBy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_DEVICES_MANAGED_BY_VALUES to tell.
    """
    return cast(ListDevicesManagedBy, value)
