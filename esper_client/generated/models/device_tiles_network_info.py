from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_tiles_network_info_faust import DeviceTilesNetworkInfoFaust


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """DeviceTilesNetworkInfo's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.device_tiles_network_info_faust import DeviceTilesNetworkInfoFaust  # noqa: PLC0415

    return (
        (
            _rt.Field("__faust", "field_faust", _rt.model(DeviceTilesNetworkInfoFaust)),
            _rt.Field("currentActiveConnection", "current_active_connection", _rt.STR),
            _rt.Field(
                "mobileIPv4",
                "mobile_i_pv_4",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "mobileIPv6",
                "mobile_i_pv_6",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("mobileNetworkStatus", "mobile_network_status", _rt.STR),
            _rt.Field("networkOperator", "network_operator", _rt.list_of(_rt.STR)),
            _rt.Field(
                "networkType",
                "network_type",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("numberOfSim", "number_of_sim", _rt.INT),
            _rt.Field(
                "signalStrength",
                "signal_strength",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("simOperator", "sim_operator", _rt.list_of(_rt.STR)),
        ),
        _rt.ANY,
    )


@_attrs_define
class DeviceTilesNetworkInfo:
    """
    Attributes:
        field_faust (DeviceTilesNetworkInfoFaust | Unset):
        current_active_connection (str | Unset):
        mobile_i_pv_4 (None | str | Unset):
        mobile_i_pv_6 (None | str | Unset):
        mobile_network_status (str | Unset):
        network_operator (list[str] | Unset):
        network_type (None | str | Unset):
        number_of_sim (int | Unset):
        signal_strength (None | str | Unset):
        sim_operator (list[str] | Unset):
    """

    field_faust: DeviceTilesNetworkInfoFaust | Unset = UNSET
    current_active_connection: str | Unset = UNSET
    mobile_i_pv_4: None | str | Unset = UNSET
    mobile_i_pv_6: None | str | Unset = UNSET
    mobile_network_status: str | Unset = UNSET
    network_operator: list[str] | Unset = UNSET
    network_type: None | str | Unset = UNSET
    number_of_sim: int | Unset = UNSET
    signal_strength: None | str | Unset = UNSET
    sim_operator: list[str] | Unset = UNSET
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
