"""The unit radius is given in."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GeofenceUpdateRadiusUnit = Literal["KILOMETERS", "METERS", "MILES"]
else:
    GeofenceUpdateRadiusUnit = _rt.documented_literal(Literal["KILOMETERS", "METERS", "MILES"], __doc__)

GEOFENCE_UPDATE_RADIUS_UNIT_VALUES: set[GeofenceUpdateRadiusUnit] = {
    "KILOMETERS",
    "METERS",
    "MILES",
}


def check_geofence_update_radius_unit(value: str) -> GeofenceUpdateRadiusUnit:
    """Return `value` typed as GeofenceUpdateRadiusUnit.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GEOFENCE_UPDATE_RADIUS_UNIT_VALUES to tell.
    """
    return cast(GeofenceUpdateRadiusUnit, value)
