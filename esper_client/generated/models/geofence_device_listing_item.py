from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """GeofenceDeviceListingItem's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("blueprint_id", "blueprint_id", _rt.UUID_, required=True),
            _rt.Field("blueprint_version_number", "blueprint_version_number", _rt.INT, required=True),
            _rt.Field("device_id", "device_id", _rt.UUID_, required=True),
            _rt.Field(
                "inside",
                "inside",
                _rt.union(
                    _rt.BOOL,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "latitude",
                "latitude",
                _rt.union(
                    _rt.FLOAT,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "location_updated_at",
                "location_updated_at",
                _rt.union(
                    _rt.DATETIME,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "longitude",
                "longitude",
                _rt.union(
                    _rt.FLOAT,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "state_changed_at",
                "state_changed_at",
                _rt.union(
                    _rt.DATETIME,
                    _rt.NONE,
                ),
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class GeofenceDeviceListingItem:
    """
    Attributes:
        blueprint_id (UUID):
        blueprint_version_number (int):
        device_id (UUID):
        inside (bool | None | Unset):
        latitude (float | None | Unset):
        location_updated_at (datetime.datetime | None | Unset):
        longitude (float | None | Unset):
        state_changed_at (datetime.datetime | None | Unset):
    """

    blueprint_id: UUID
    blueprint_version_number: int
    device_id: UUID
    inside: bool | None | Unset = UNSET
    latitude: float | None | Unset = UNSET
    location_updated_at: datetime.datetime | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    state_changed_at: datetime.datetime | None | Unset = UNSET
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
