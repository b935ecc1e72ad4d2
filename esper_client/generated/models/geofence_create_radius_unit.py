from typing import Literal, cast

GeofenceCreateRadiusUnit = Literal["KILOMETERS", "METERS", "MILES"]

GEOFENCE_CREATE_RADIUS_UNIT_VALUES: set[GeofenceCreateRadiusUnit] = {
    "KILOMETERS",
    "METERS",
    "MILES",
}


def check_geofence_create_radius_unit(value: str) -> GeofenceCreateRadiusUnit:
    """Return `value` typed as GeofenceCreateRadiusUnit.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GEOFENCE_CREATE_RADIUS_UNIT_VALUES to tell.
    """
    return cast(GeofenceCreateRadiusUnit, value)
