from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_stats_cellular_network_info import NetworkStatsCellularNetworkInfo
    from ..models.network_stats_wifi_network_info import NetworkStatsWifiNetworkInfo


T = TypeVar("T", bound="NetworkStats")


@_attrs_define
class NetworkStats:
    """
    Attributes:
        cellular_network_info (NetworkStatsCellularNetworkInfo | Unset):
        current_active_connection (str | Unset):
        wifi_network_info (NetworkStatsWifiNetworkInfo | Unset):
    """

    cellular_network_info: NetworkStatsCellularNetworkInfo | Unset = UNSET
    current_active_connection: str | Unset = UNSET
    wifi_network_info: NetworkStatsWifiNetworkInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cellular_network_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cellular_network_info, Unset):
            cellular_network_info = self.cellular_network_info.to_dict()

        current_active_connection = self.current_active_connection

        wifi_network_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wifi_network_info, Unset):
            wifi_network_info = self.wifi_network_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cellular_network_info is not UNSET:
            field_dict["cellular_network_info"] = cellular_network_info
        if current_active_connection is not UNSET:
            field_dict["current_active_connection"] = current_active_connection
        if wifi_network_info is not UNSET:
            field_dict["wifi_network_info"] = wifi_network_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            NetworkStatsCellularNetworkInfo,
            NetworkStatsWifiNetworkInfo,
        ) = _nested_models()

        d = dict(src_dict)
        _cellular_network_info = d.pop("cellular_network_info", UNSET)
        cellular_network_info: NetworkStatsCellularNetworkInfo | Unset
        if isinstance(_cellular_network_info, Unset):
            cellular_network_info = UNSET
        else:
            cellular_network_info = NetworkStatsCellularNetworkInfo.from_dict(_cellular_network_info)

        current_active_connection = d.pop("current_active_connection", UNSET)

        _wifi_network_info = d.pop("wifi_network_info", UNSET)
        wifi_network_info: NetworkStatsWifiNetworkInfo | Unset
        if isinstance(_wifi_network_info, Unset):
            wifi_network_info = UNSET
        else:
            wifi_network_info = NetworkStatsWifiNetworkInfo.from_dict(_wifi_network_info)

        network_stats = cls(
            cellular_network_info=cellular_network_info,
            current_active_connection=current_active_connection,
            wifi_network_info=wifi_network_info,
        )

        network_stats.additional_properties = d
        return network_stats

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
def _nested_models() -> tuple[
    type[NetworkStatsCellularNetworkInfo],
    type[NetworkStatsWifiNetworkInfo],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.network_stats_cellular_network_info import NetworkStatsCellularNetworkInfo  # noqa: PLC0415
    from ..models.network_stats_wifi_network_info import NetworkStatsWifiNetworkInfo  # noqa: PLC0415

    return (
        NetworkStatsCellularNetworkInfo,
        NetworkStatsWifiNetworkInfo,
    )
