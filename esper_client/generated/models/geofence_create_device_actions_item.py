from typing import Literal, cast

GeofenceCreateDeviceActionsItem = Literal["BEEP", "LOCK_DOWN"]

GEOFENCE_CREATE_DEVICE_ACTIONS_ITEM_VALUES: set[GeofenceCreateDeviceActionsItem] = {
    "BEEP",
    "LOCK_DOWN",
}


def check_geofence_create_device_actions_item(value: str) -> GeofenceCreateDeviceActionsItem:
    """Return `value` typed as GeofenceCreateDeviceActionsItem.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GEOFENCE_CREATE_DEVICE_ACTIONS_ITEM_VALUES to tell.
    """
    return cast(GeofenceCreateDeviceActionsItem, value)
