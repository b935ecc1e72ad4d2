from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.geofence_update_device_actions_item import (
    GeofenceUpdateDeviceActionsItem,
)
from ..models.geofence_update_radius_unit import GeofenceUpdateRadiusUnit
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """GeofenceUpdate's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field(
                "description",
                "description",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "device_actions",
                "device_actions",
                _rt.list_of(_rt.enum("GeofenceUpdateDeviceActionsItem", ["BEEP", "LOCK_DOWN"])),
            ),
            _rt.Field("latitude", "latitude", _rt.STR),
            _rt.Field("longitude", "longitude", _rt.STR),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("radius", "radius", _rt.FLOAT),
            _rt.Field(
                "radius_unit", "radius_unit", _rt.enum("GeofenceUpdateRadiusUnit", ["KILOMETERS", "METERS", "MILES"])
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class GeofenceUpdate:
    """
    Attributes:
        description (None | str | Unset): Free text about the geofence.
        device_actions (list[GeofenceUpdateDeviceActionsItem] | Unset): What a device does when it crosses the boundary;
            LOCK_DOWN locks it, BEEP makes it sound.
        latitude (str | Unset): The latitude of the area's centre, in decimal degrees.
        longitude (str | Unset): The longitude of the area's centre, in decimal degrees.
        name (str | Unset): The geofence's name.
        radius (float | Unset): The area's radius, in radius_unit.
        radius_unit (GeofenceUpdateRadiusUnit | Unset): The unit radius is given in.
    """

    description: None | str | Unset = UNSET
    device_actions: list[GeofenceUpdateDeviceActionsItem] | Unset = UNSET
    latitude: str | Unset = UNSET
    longitude: str | Unset = UNSET
    name: str | Unset = UNSET
    radius: float | Unset = UNSET
    radius_unit: GeofenceUpdateRadiusUnit | Unset = UNSET
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
