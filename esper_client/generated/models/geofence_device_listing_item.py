from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeofenceDeviceListingItem")


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

    def to_dict(self) -> dict[str, Any]:
        blueprint_id = str(self.blueprint_id)

        blueprint_version_number = self.blueprint_version_number

        device_id = str(self.device_id)

        inside: bool | None | Unset
        if isinstance(self.inside, Unset):
            inside = UNSET
        else:
            inside = self.inside

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        location_updated_at: None | str | Unset
        if isinstance(self.location_updated_at, Unset):
            location_updated_at = UNSET
        elif isinstance(self.location_updated_at, datetime.datetime):
            location_updated_at = self.location_updated_at.isoformat()
        else:
            location_updated_at = self.location_updated_at

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        state_changed_at: None | str | Unset
        if isinstance(self.state_changed_at, Unset):
            state_changed_at = UNSET
        elif isinstance(self.state_changed_at, datetime.datetime):
            state_changed_at = self.state_changed_at.isoformat()
        else:
            state_changed_at = self.state_changed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blueprint_id": blueprint_id,
                "blueprint_version_number": blueprint_version_number,
                "device_id": device_id,
            }
        )
        if inside is not UNSET:
            field_dict["inside"] = inside
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if location_updated_at is not UNSET:
            field_dict["location_updated_at"] = location_updated_at
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if state_changed_at is not UNSET:
            field_dict["state_changed_at"] = state_changed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        blueprint_id = UUID(d.pop("blueprint_id"))

        blueprint_version_number = d.pop("blueprint_version_number")

        device_id = UUID(d.pop("device_id"))

        def _parse_inside(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        inside = _parse_inside(d.pop("inside", UNSET))

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_location_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                location_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return location_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        location_updated_at = _parse_location_updated_at(d.pop("location_updated_at", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        def _parse_state_changed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_changed_at_type_0 = datetime.datetime.fromisoformat(data)

                return state_changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        state_changed_at = _parse_state_changed_at(d.pop("state_changed_at", UNSET))

        geofence_device_listing_item = cls(
            blueprint_id=blueprint_id,
            blueprint_version_number=blueprint_version_number,
            device_id=device_id,
            inside=inside,
            latitude=latitude,
            location_updated_at=location_updated_at,
            longitude=longitude,
            state_changed_at=state_changed_at,
        )

        geofence_device_listing_item.additional_properties = d
        return geofence_device_listing_item

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
