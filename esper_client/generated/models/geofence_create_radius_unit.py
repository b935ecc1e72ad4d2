"""The unit radius is given in."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GeofenceCreateRadiusUnit = Literal["KILOMETERS", "METERS", "MILES"]
else:
    GeofenceCreateRadiusUnit = _rt.documented_literal(Literal["KILOMETERS", "METERS", "MILES"], __doc__)

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
