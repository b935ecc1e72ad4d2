from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_tiles_network_info_faust import DeviceTilesNetworkInfoFaust


T = TypeVar("T", bound="DeviceTilesNetworkInfo")


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

    def to_dict(self) -> dict[str, Any]:
        field_faust: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_faust, Unset):
            field_faust = self.field_faust.to_dict()

        current_active_connection = self.current_active_connection

        mobile_i_pv_4: None | str | Unset
        if isinstance(self.mobile_i_pv_4, Unset):
            mobile_i_pv_4 = UNSET
        else:
            mobile_i_pv_4 = self.mobile_i_pv_4

        mobile_i_pv_6: None | str | Unset
        if isinstance(self.mobile_i_pv_6, Unset):
            mobile_i_pv_6 = UNSET
        else:
            mobile_i_pv_6 = self.mobile_i_pv_6

        mobile_network_status = self.mobile_network_status

        network_operator: list[str] | Unset = UNSET
        if not isinstance(self.network_operator, Unset):
            network_operator = self.network_operator

        network_type: None | str | Unset
        if isinstance(self.network_type, Unset):
            network_type = UNSET
        else:
            network_type = self.network_type

        number_of_sim = self.number_of_sim

        signal_strength: None | str | Unset
        if isinstance(self.signal_strength, Unset):
            signal_strength = UNSET
        else:
            signal_strength = self.signal_strength

        sim_operator: list[str] | Unset = UNSET
        if not isinstance(self.sim_operator, Unset):
            sim_operator = self.sim_operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_faust is not UNSET:
            field_dict["__faust"] = field_faust
        if current_active_connection is not UNSET:
            field_dict["currentActiveConnection"] = current_active_connection
        if mobile_i_pv_4 is not UNSET:
            field_dict["mobileIPv4"] = mobile_i_pv_4
        if mobile_i_pv_6 is not UNSET:
            field_dict["mobileIPv6"] = mobile_i_pv_6
        if mobile_network_status is not UNSET:
            field_dict["mobileNetworkStatus"] = mobile_network_status
        if network_operator is not UNSET:
            field_dict["networkOperator"] = network_operator
        if network_type is not UNSET:
            field_dict["networkType"] = network_type
        if number_of_sim is not UNSET:
            field_dict["numberOfSim"] = number_of_sim
        if signal_strength is not UNSET:
            field_dict["signalStrength"] = signal_strength
        if sim_operator is not UNSET:
            field_dict["simOperator"] = sim_operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (DeviceTilesNetworkInfoFaust,) = _nested_models()

        d = dict(src_dict)
        _field_faust = d.pop("__faust", UNSET)
        field_faust: DeviceTilesNetworkInfoFaust | Unset
        if isinstance(_field_faust, Unset):
            field_faust = UNSET
        else:
            field_faust = DeviceTilesNetworkInfoFaust.from_dict(_field_faust)

        current_active_connection = d.pop("currentActiveConnection", UNSET)

        def _parse_mobile_i_pv_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_i_pv_4 = _parse_mobile_i_pv_4(d.pop("mobileIPv4", UNSET))

        def _parse_mobile_i_pv_6(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_i_pv_6 = _parse_mobile_i_pv_6(d.pop("mobileIPv6", UNSET))

        mobile_network_status = d.pop("mobileNetworkStatus", UNSET)

        network_operator = cast(list[str], d.pop("networkOperator", UNSET))

        def _parse_network_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_type = _parse_network_type(d.pop("networkType", UNSET))

        number_of_sim = d.pop("numberOfSim", UNSET)

        def _parse_signal_strength(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signal_strength = _parse_signal_strength(d.pop("signalStrength", UNSET))

        sim_operator = cast(list[str], d.pop("simOperator", UNSET))

        device_tiles_network_info = cls(
            field_faust=field_faust,
            current_active_connection=current_active_connection,
            mobile_i_pv_4=mobile_i_pv_4,
            mobile_i_pv_6=mobile_i_pv_6,
            mobile_network_status=mobile_network_status,
            network_operator=network_operator,
            network_type=network_type,
            number_of_sim=number_of_sim,
            signal_strength=signal_strength,
            sim_operator=sim_operator,
        )

        device_tiles_network_info.additional_properties = d
        return device_tiles_network_info

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
def _nested_models() -> tuple[type[DeviceTilesNetworkInfoFaust],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.device_tiles_network_info_faust import DeviceTilesNetworkInfoFaust  # noqa: PLC0415

    return (DeviceTilesNetworkInfoFaust,)
