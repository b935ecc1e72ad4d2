from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.geofence_replace_device_actions_item import (
    GeofenceReplaceDeviceActionsItem,
)
from ..models.geofence_replace_radius_unit import GeofenceReplaceRadiusUnit
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """GeofenceReplace's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("latitude", "latitude", _rt.STR, required=True),
            _rt.Field("longitude", "longitude", _rt.STR, required=True),
            _rt.Field("name", "name", _rt.STR, required=True),
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
                _rt.list_of(_rt.enum("GeofenceReplaceDeviceActionsItem", ["BEEP", "LOCK_DOWN"])),
            ),
            _rt.Field("radius", "radius", _rt.FLOAT),
            _rt.Field(
                "radius_unit", "radius_unit", _rt.enum("GeofenceReplaceRadiusUnit", ["KILOMETERS", "METERS", "MILES"])
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class GeofenceReplace:
    """
    Attributes:
        latitude (str): The latitude of the area's centre, in decimal degrees.
        longitude (str): The longitude of the area's centre, in decimal degrees.
        name (str): The geofence's name.
        description (None | str | Unset): Free text about the geofence.
        device_actions (list[GeofenceReplaceDeviceActionsItem] | Unset): What a device does when it crosses the
            boundary; LOCK_DOWN locks it, BEEP makes it sound.
        radius (float | Unset): The area's radius, in radius_unit.
        radius_unit (GeofenceReplaceRadiusUnit | Unset): The unit radius is given in.
    """

    latitude: str
    longitude: str
    name: str
    description: None | str | Unset = UNSET
    device_actions: list[GeofenceReplaceDeviceActionsItem] | Unset = UNSET
    radius: float | Unset = UNSET
    radius_unit: GeofenceReplaceRadiusUnit | Unset = UNSET
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
