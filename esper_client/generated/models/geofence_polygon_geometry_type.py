from typing import Literal, cast

GeofencePolygonGeometryType = Literal["polygon"]

GEOFENCE_POLYGON_GEOMETRY_TYPE_VALUES: set[GeofencePolygonGeometryType] = {
    "polygon",
}


def check_geofence_polygon_geometry_type(value: str) -> GeofencePolygonGeometryType:
    """Return `value` typed as GeofencePolygonGeometryType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GEOFENCE_POLYGON_GEOMETRY_TYPE_VALUES to tell.
    """
    return cast(GeofencePolygonGeometryType, value)
