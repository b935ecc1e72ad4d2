from typing import Literal, cast

GeofenceCircleGeometryType = Literal["circle"]

GEOFENCE_CIRCLE_GEOMETRY_TYPE_VALUES: set[GeofenceCircleGeometryType] = {
    "circle",
}


def check_geofence_circle_geometry_type(value: str) -> GeofenceCircleGeometryType:
    """Return `value` typed as GeofenceCircleGeometryType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GEOFENCE_CIRCLE_GEOMETRY_TYPE_VALUES to tell.
    """
    return cast(GeofenceCircleGeometryType, value)
