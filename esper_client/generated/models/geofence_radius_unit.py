from typing import Literal, cast

GeofenceRadiusUnit = Literal["KILOMETERS", "METERS", "MILES"]

GEOFENCE_RADIUS_UNIT_VALUES: set[GeofenceRadiusUnit] = {
    "KILOMETERS",
    "METERS",
    "MILES",
}


def check_geofence_radius_unit(value: str) -> GeofenceRadiusUnit:
    """Return `value` typed as GeofenceRadiusUnit.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GEOFENCE_RADIUS_UNIT_VALUES to tell.
    """
    return cast(GeofenceRadiusUnit, value)
