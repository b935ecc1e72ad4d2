from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geofence_polygon_geometry_type import GeofencePolygonGeometryType, check_geofence_polygon_geometry_type

if TYPE_CHECKING:
    from ..models.geofence_polygon_geometry_coordinates_item import GeofencePolygonGeometryCoordinatesItem


T = TypeVar("T", bound="GeofencePolygonGeometry")


@_attrs_define
class GeofencePolygonGeometry:
    """
    Attributes:
        coordinates (list[GeofencePolygonGeometryCoordinatesItem]):
        type_ (GeofencePolygonGeometryType):
    """

    coordinates: list[GeofencePolygonGeometryCoordinatesItem]
    type_: GeofencePolygonGeometryType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coordinates = []
        for coordinates_item_data in self.coordinates:
            coordinates_item = coordinates_item_data.to_dict()
            coordinates.append(coordinates_item)

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coordinates": coordinates,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (GeofencePolygonGeometryCoordinatesItem,) = _nested_models()

        d = dict(src_dict)
        coordinates = []
        _coordinates = d.pop("coordinates")
        for coordinates_item_data in _coordinates:
            coordinates_item = GeofencePolygonGeometryCoordinatesItem.from_dict(coordinates_item_data)

            coordinates.append(coordinates_item)

        type_ = check_geofence_polygon_geometry_type(d.pop("type"))

        geofence_polygon_geometry = cls(
            coordinates=coordinates,
            type_=type_,
        )

        geofence_polygon_geometry.additional_properties = d
        return geofence_polygon_geometry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@cache
def _nested_models() -> tuple[type[GeofencePolygonGeometryCoordinatesItem],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.geofence_polygon_geometry_coordinates_item import GeofencePolygonGeometryCoordinatesItem  # noqa: PLC0415

    return (GeofencePolygonGeometryCoordinatesItem,)
