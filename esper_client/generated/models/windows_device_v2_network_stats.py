from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.windows_device_v2_network_stats_wifi_network_info import WindowsDeviceV2NetworkStatsWifiNetworkInfo


T = TypeVar("T", bound="WindowsDeviceV2NetworkStats")


@_attrs_define
class WindowsDeviceV2NetworkStats:
    """
    Attributes:
        current_active_connection (str | Unset):
        default_gateway (str | Unset):
        dns_servers (list[str] | Unset):
        ethernet_ip_address (str | Unset):
        ip_address (list[str] | Unset):
        wifi_network_info (WindowsDeviceV2NetworkStatsWifiNetworkInfo | Unset):
    """

    current_active_connection: str | Unset = UNSET
    default_gateway: str | Unset = UNSET
    dns_servers: list[str] | Unset = UNSET
    ethernet_ip_address: str | Unset = UNSET
    ip_address: list[str] | Unset = UNSET
    wifi_network_info: WindowsDeviceV2NetworkStatsWifiNetworkInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_active_connection = self.current_active_connection

        default_gateway = self.default_gateway

        dns_servers: list[str] | Unset = UNSET
        if not isinstance(self.dns_servers, Unset):
            dns_servers = self.dns_servers

        ethernet_ip_address = self.ethernet_ip_address

        ip_address: list[str] | Unset = UNSET
        if not isinstance(self.ip_address, Unset):
            ip_address = self.ip_address

        wifi_network_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wifi_network_info, Unset):
            wifi_network_info = self.wifi_network_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_active_connection is not UNSET:
            field_dict["current_active_connection"] = current_active_connection
        if default_gateway is not UNSET:
            field_dict["default_gateway"] = default_gateway
        if dns_servers is not UNSET:
            field_dict["dns_servers"] = dns_servers
        if ethernet_ip_address is not UNSET:
            field_dict["ethernet_ip_address"] = ethernet_ip_address
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if wifi_network_info is not UNSET:
            field_dict["wifi_network_info"] = wifi_network_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (WindowsDeviceV2NetworkStatsWifiNetworkInfo,) = _nested_models()

        d = dict(src_dict)
        current_active_connection = d.pop("current_active_connection", UNSET)

        default_gateway = d.pop("default_gateway", UNSET)

        dns_servers = cast(list[str], d.pop("dns_servers", UNSET))

        ethernet_ip_address = d.pop("ethernet_ip_address", UNSET)

        ip_address = cast(list[str], d.pop("ip_address", UNSET))

        _wifi_network_info = d.pop("wifi_network_info", UNSET)
        wifi_network_info: WindowsDeviceV2NetworkStatsWifiNetworkInfo | Unset
        if isinstance(_wifi_network_info, Unset):
            wifi_network_info = UNSET
        else:
            wifi_network_info = WindowsDeviceV2NetworkStatsWifiNetworkInfo.from_dict(_wifi_network_info)

        windows_device_v2_network_stats = cls(
            current_active_connection=current_active_connection,
            default_gateway=default_gateway,
            dns_servers=dns_servers,
            ethernet_ip_address=ethernet_ip_address,
            ip_address=ip_address,
            wifi_network_info=wifi_network_info,
        )

        windows_device_v2_network_stats.additional_properties = d
        return windows_device_v2_network_stats

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
def _nested_models() -> tuple[type[WindowsDeviceV2NetworkStatsWifiNetworkInfo],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.windows_device_v2_network_stats_wifi_network_info import WindowsDeviceV2NetworkStatsWifiNetworkInfo  # noqa: PLC0415

    return (WindowsDeviceV2NetworkStatsWifiNetworkInfo,)
