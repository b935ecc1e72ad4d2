from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeviceLocations")


@_attrs_define
class DeviceLocations:
    """
    Attributes:
        altitude (str):
        city (None | str):
        country (None | str):
        device (str):
        enterprise (str):
        id (int):
        last_updated_on (datetime.datetime):
        latitude (str):
        longitude (str):
        state (None | str):
        status_id (int | None):
        zipcode (None | str):
    """

    altitude: str
    city: None | str
    country: None | str
    device: str
    enterprise: str
    id: int
    last_updated_on: datetime.datetime
    latitude: str
    longitude: str
    state: None | str
    status_id: int | None
    zipcode: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        altitude = self.altitude

        city: None | str
        city = self.city

        country: None | str
        country = self.country

        device = self.device

        enterprise = self.enterprise

        id = self.id

        last_updated_on = self.last_updated_on.isoformat()

        latitude = self.latitude

        longitude = self.longitude

        state: None | str
        state = self.state

        status_id: int | None
        status_id = self.status_id

        zipcode: None | str
        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "altitude": altitude,
                "city": city,
                "country": country,
                "device": device,
                "enterprise": enterprise,
                "id": id,
                "last_updated_on": last_updated_on,
                "latitude": latitude,
                "longitude": longitude,
                "state": state,
                "status_id": status_id,
                "zipcode": zipcode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        altitude = d.pop("altitude")

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        device = d.pop("device")

        enterprise = d.pop("enterprise")

        id = d.pop("id")

        last_updated_on = datetime.datetime.fromisoformat(d.pop("last_updated_on"))

        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        def _parse_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        state = _parse_state(d.pop("state"))

        def _parse_status_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_id = _parse_status_id(d.pop("status_id"))

        def _parse_zipcode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        zipcode = _parse_zipcode(d.pop("zipcode"))

        device_locations = cls(
            altitude=altitude,
            city=city,
            country=country,
            device=device,
            enterprise=enterprise,
            id=id,
            last_updated_on=last_updated_on,
            latitude=latitude,
            longitude=longitude,
            state=state,
            status_id=status_id,
            zipcode=zipcode,
        )

        device_locations.additional_properties = d
        return device_locations

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
