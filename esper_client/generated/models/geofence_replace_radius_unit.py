from typing import Literal, cast

GeofenceReplaceRadiusUnit = Literal["KILOMETERS", "METERS", "MILES"]

GEOFENCE_REPLACE_RADIUS_UNIT_VALUES: set[GeofenceReplaceRadiusUnit] = {
    "KILOMETERS",
    "METERS",
    "MILES",
}


def check_geofence_replace_radius_unit(value: str) -> GeofenceReplaceRadiusUnit:
    """Return `value` typed as GeofenceReplaceRadiusUnit.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GEOFENCE_REPLACE_RADIUS_UNIT_VALUES to tell.
    """
    return cast(GeofenceReplaceRadiusUnit, value)
