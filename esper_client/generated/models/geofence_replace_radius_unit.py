"""The unit radius is given in."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GeofenceReplaceRadiusUnit = Literal["KILOMETERS", "METERS", "MILES"]
else:
    GeofenceReplaceRadiusUnit = _rt.documented_literal(Literal["KILOMETERS", "METERS", "MILES"], __doc__)

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
