from typing import Literal, cast

GeofenceDeviceActionsItem = Literal["BEEP", "LOCK_DOWN"]

GEOFENCE_DEVICE_ACTIONS_ITEM_VALUES: set[GeofenceDeviceActionsItem] = {
    "BEEP",
    "LOCK_DOWN",
}


def check_geofence_device_actions_item(value: str) -> GeofenceDeviceActionsItem:
    """Return `value` typed as GeofenceDeviceActionsItem.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GEOFENCE_DEVICE_ACTIONS_ITEM_VALUES to tell.
    """
    return cast(GeofenceDeviceActionsItem, value)
