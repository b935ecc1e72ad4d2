from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkStatsWifiNetworkInfo")


@_attrs_define
class NetworkStatsWifiNetworkInfo:
    """
    Attributes:
        wifi_ssid (str | Unset):
    """

    wifi_ssid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wifi_ssid = self.wifi_ssid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wifi_ssid is not UNSET:
            field_dict["wifi_ssid"] = wifi_ssid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wifi_ssid = d.pop("wifi_ssid", UNSET)

        network_stats_wifi_network_info = cls(
            wifi_ssid=wifi_ssid,
        )

        network_stats_wifi_network_info.additional_properties = d
        return network_stats_wifi_network_info

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
