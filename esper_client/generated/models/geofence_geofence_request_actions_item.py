from typing import Literal, cast

GeofenceGeofenceRequestActionsItem = Literal["beep", "lockdown"]

GEOFENCE_GEOFENCE_REQUEST_ACTIONS_ITEM_VALUES: set[GeofenceGeofenceRequestActionsItem] = {
    "beep",
    "lockdown",
}


def check_geofence_geofence_request_actions_item(value: str) -> GeofenceGeofenceRequestActionsItem:
    """Return `value` typed as GeofenceGeofenceRequestActionsItem.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GEOFENCE_GEOFENCE_REQUEST_ACTIONS_ITEM_VALUES to tell.
    """
    return cast(GeofenceGeofenceRequestActionsItem, value)
