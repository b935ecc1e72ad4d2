from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_tiles_device import DeviceTilesDevice
    from ..models.device_tiles_location_type_0 import DeviceTilesLocationType0
    from ..models.device_tiles_network_info import DeviceTilesNetworkInfo


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """DeviceTiles's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.device_tiles_device import DeviceTilesDevice  # noqa: PLC0415
    from ..models.device_tiles_location_type_0 import DeviceTilesLocationType0  # noqa: PLC0415
    from ..models.device_tiles_network_info import DeviceTilesNetworkInfo  # noqa: PLC0415

    return (
        (
            _rt.Field("android_version", "android_version", _rt.INT),
            _rt.Field("battery_level", "battery_level", _rt.FLOAT),
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("device", "device", _rt.model(DeviceTilesDevice)),
            _rt.Field("dpc_version", "dpc_version", _rt.STR),
            _rt.Field("eea_version", "eea_version", _rt.STR),
            _rt.Field("enterprise", "enterprise", _rt.STR),
            _rt.Field(
                "icon",
                "icon",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("id", "id", _rt.INT),
            _rt.Field("is_active", "is_active", _rt.BOOL),
            _rt.Field("is_gms", "is_gms", _rt.BOOL),
            _rt.Field(
                "location",
                "location",
                _rt.union(
                    _rt.model(DeviceTilesLocationType0),
                    _rt.NONE,
                ),
            ),
            _rt.Field("location_city", "location_city", _rt.STR),
            _rt.Field("model", "model", _rt.STR),
            _rt.Field("network_info", "network_info", _rt.model(DeviceTilesNetworkInfo)),
            _rt.Field("network_type", "network_type", _rt.STR),
            _rt.Field("security_advise", "security_advise", _rt.STR),
            _rt.Field("security_reason", "security_reason", _rt.STR),
            _rt.Field("security_state", "security_state", _rt.STR),
            _rt.Field("serial_no", "serial_no", _rt.STR),
            _rt.Field(
                "status_id",
                "status_id",
                _rt.union(
                    _rt.INT,
                    _rt.NONE,
                ),
            ),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME),
            _rt.Field(
                "wifi_ssid",
                "wifi_ssid",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class DeviceTiles:
    """
    Attributes:
        android_version (int | Unset):
        battery_level (float | Unset):
        created_on (datetime.datetime | Unset):
        device (DeviceTilesDevice | Unset):
        dpc_version (str | Unset):
        eea_version (str | Unset):
        enterprise (str | Unset):
        icon (None | str | Unset):
        id (int | Unset):
        is_active (bool | Unset):
        is_gms (bool | Unset):
        location (DeviceTilesLocationType0 | None | Unset):
        location_city (str | Unset):
        model (str | Unset):
        network_info (DeviceTilesNetworkInfo | Unset):
        network_type (str | Unset):
        security_advise (str | Unset):
        security_reason (str | Unset):
        security_state (str | Unset):
        serial_no (str | Unset):
        status_id (int | None | Unset):
        updated_on (datetime.datetime | Unset):
        wifi_ssid (None | str | Unset):
    """

    android_version: int | Unset = UNSET
    battery_level: float | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    device: DeviceTilesDevice | Unset = UNSET
    dpc_version: str | Unset = UNSET
    eea_version: str | Unset = UNSET
    enterprise: str | Unset = UNSET
    icon: None | str | Unset = UNSET
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_gms: bool | Unset = UNSET
    location: DeviceTilesLocationType0 | None | Unset = UNSET
    location_city: str | Unset = UNSET
    model: str | Unset = UNSET
    network_info: DeviceTilesNetworkInfo | Unset = UNSET
    network_type: str | Unset = UNSET
    security_advise: str | Unset = UNSET
    security_reason: str | Unset = UNSET
    security_state: str | Unset = UNSET
    serial_no: str | Unset = UNSET
    status_id: int | None | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    wifi_ssid: None | str | Unset = UNSET
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
