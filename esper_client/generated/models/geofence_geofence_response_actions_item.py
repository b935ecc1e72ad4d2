from typing import Literal, cast

GeofenceGeofenceResponseActionsItem = Literal["beep", "lockdown"]

GEOFENCE_GEOFENCE_RESPONSE_ACTIONS_ITEM_VALUES: set[GeofenceGeofenceResponseActionsItem] = {
    "beep",
    "lockdown",
}


def check_geofence_geofence_response_actions_item(value: str) -> GeofenceGeofenceResponseActionsItem:
    """Return `value` typed as GeofenceGeofenceResponseActionsItem.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GEOFENCE_GEOFENCE_RESPONSE_ACTIONS_ITEM_VALUES to tell.
    """
    return cast(GeofenceGeofenceResponseActionsItem, value)
