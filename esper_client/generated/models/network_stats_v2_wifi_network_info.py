from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkStatsV2WifiNetworkInfo")


@_attrs_define
class NetworkStatsV2WifiNetworkInfo:
    """
    Attributes:
        wifi_signal_strength (int | Unset):
        wifi_ssid (str | Unset):
    """

    wifi_signal_strength: int | Unset = UNSET
    wifi_ssid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wifi_signal_strength = self.wifi_signal_strength

        wifi_ssid = self.wifi_ssid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wifi_signal_strength is not UNSET:
            field_dict["wifi_signal_strength"] = wifi_signal_strength
        if wifi_ssid is not UNSET:
            field_dict["wifi_ssid"] = wifi_ssid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wifi_signal_strength = d.pop("wifi_signal_strength", UNSET)

        wifi_ssid = d.pop("wifi_ssid", UNSET)

        network_stats_v2_wifi_network_info = cls(
            wifi_signal_strength=wifi_signal_strength,
            wifi_ssid=wifi_ssid,
        )

        network_stats_v2_wifi_network_info.additional_properties = d
        return network_stats_v2_wifi_network_info

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
