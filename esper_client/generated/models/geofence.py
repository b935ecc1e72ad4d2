from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.geofence_device_actions_item import GeofenceDeviceActionsItem
from ..models.geofence_radius_unit import GeofenceRadiusUnit


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """Geofence's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("created_by", "created_by", _rt.STR, required=True),
            _rt.Field("created_on", "created_on", _rt.DATETIME, required=True),
            _rt.Field(
                "description",
                "description",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field(
                "device_actions",
                "device_actions",
                _rt.list_of(_rt.enum("GeofenceDeviceActionsItem", ["BEEP", "LOCK_DOWN"])),
                required=True,
            ),
            _rt.Field("device_count", "device_count", _rt.INT, required=True),
            _rt.Field("enterprise", "enterprise", _rt.UUID_, required=True),
            _rt.Field("id", "id", _rt.UUID_, required=True),
            _rt.Field("latitude", "latitude", _rt.STR, required=True),
            _rt.Field("longitude", "longitude", _rt.STR, required=True),
            _rt.Field("name", "name", _rt.STR, required=True),
            _rt.Field(
                "radius",
                "radius",
                _rt.union(
                    _rt.FLOAT,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field(
                "radius_unit",
                "radius_unit",
                _rt.enum("GeofenceRadiusUnit", ["KILOMETERS", "METERS", "MILES"]),
                required=True,
            ),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME, required=True),
        ),
        _rt.ANY,
    )


@_attrs_define
class Geofence:
    """
    Attributes:
        created_by (str):
        created_on (datetime.datetime):
        description (None | str):
        device_actions (list[GeofenceDeviceActionsItem]):
        device_count (int):
        enterprise (UUID):
        id (UUID):
        latitude (str):
        longitude (str):
        name (str):
        radius (float | None):
        radius_unit (GeofenceRadiusUnit):
        updated_on (datetime.datetime):
    """

    created_by: str
    created_on: datetime.datetime
    description: None | str
    device_actions: list[GeofenceDeviceActionsItem]
    device_count: int
    enterprise: UUID
    id: UUID
    latitude: str
    longitude: str
    name: str
    radius: float | None
    radius_unit: GeofenceRadiusUnit
    updated_on: datetime.datetime
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
