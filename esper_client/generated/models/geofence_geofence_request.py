from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.geofence_geofence_request_actions_item import (
    GeofenceGeofenceRequestActionsItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geofence_circle_geometry import GeofenceCircleGeometry
    from ..models.geofence_polygon_geometry import GeofencePolygonGeometry


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """GeofenceGeofenceRequest's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.geofence_circle_geometry import GeofenceCircleGeometry  # noqa: PLC0415
    from ..models.geofence_polygon_geometry import GeofencePolygonGeometry  # noqa: PLC0415

    return (
        (
            _rt.Field(
                "geometry",
                "geometry",
                _rt.union(
                    _rt.model(GeofencePolygonGeometry),
                    _rt.model(GeofenceCircleGeometry),
                    discriminator=(
                        "type",
                        {
                            "circle": _rt.model(GeofenceCircleGeometry),
                            "polygon": _rt.model(GeofencePolygonGeometry),
                        },
                    ),
                ),
                required=True,
            ),
            _rt.Field("name", "name", _rt.STR, required=True),
            _rt.Field(
                "actions", "actions", _rt.list_of(_rt.enum("GeofenceGeofenceRequestActionsItem", ["beep", "lockdown"]))
            ),
            _rt.Field("description", "description", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class GeofenceGeofenceRequest:
    """
    Attributes:
        geometry (GeofenceCircleGeometry | GeofencePolygonGeometry): The area: a circle (type circle, one centre point
            and a radius) or a polygon (type polygon, 3 to 100 latitude/longitude points).
        name (str): The geofence's name.
        actions (list[GeofenceGeofenceRequestActionsItem] | Unset): What happens on a device when the geofence is
            triggered (lockdown, beep); empty for nothing.
        description (str | Unset): Free text about the geofence.
    """

    geometry: GeofenceCircleGeometry | GeofencePolygonGeometry
    name: str
    actions: list[GeofenceGeofenceRequestActionsItem] | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
