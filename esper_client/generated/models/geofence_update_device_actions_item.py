from typing import Literal, cast

GeofenceUpdateDeviceActionsItem = Literal["BEEP", "LOCK_DOWN"]

GEOFENCE_UPDATE_DEVICE_ACTIONS_ITEM_VALUES: set[GeofenceUpdateDeviceActionsItem] = {
    "BEEP",
    "LOCK_DOWN",
}


def check_geofence_update_device_actions_item(value: str) -> GeofenceUpdateDeviceActionsItem:
    """Return `value` typed as GeofenceUpdateDeviceActionsItem.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GEOFENCE_UPDATE_DEVICE_ACTIONS_ITEM_VALUES to tell.
    """
    return cast(GeofenceUpdateDeviceActionsItem, value)
