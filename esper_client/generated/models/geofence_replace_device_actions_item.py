from typing import Literal, cast

GeofenceReplaceDeviceActionsItem = Literal["BEEP", "LOCK_DOWN"]

GEOFENCE_REPLACE_DEVICE_ACTIONS_ITEM_VALUES: set[GeofenceReplaceDeviceActionsItem] = {
    "BEEP",
    "LOCK_DOWN",
}


def check_geofence_replace_device_actions_item(value: str) -> GeofenceReplaceDeviceActionsItem:
    """Return `value` typed as GeofenceReplaceDeviceActionsItem.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GEOFENCE_REPLACE_DEVICE_ACTIONS_ITEM_VALUES to tell.
    """
    return cast(GeofenceReplaceDeviceActionsItem, value)
