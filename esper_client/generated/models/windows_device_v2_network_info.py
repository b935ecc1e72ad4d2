from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WindowsDeviceV2NetworkInfo")


@_attrs_define
class WindowsDeviceV2NetworkInfo:
    """
    Attributes:
        ethernet_mac_address (str | Unset):
        wifi_mac_address (str | Unset):
    """

    ethernet_mac_address: str | Unset = UNSET
    wifi_mac_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ethernet_mac_address = self.ethernet_mac_address

        wifi_mac_address = self.wifi_mac_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ethernet_mac_address is not UNSET:
            field_dict["ethernet_mac_address"] = ethernet_mac_address
        if wifi_mac_address is not UNSET:
            field_dict["wifi_mac_address"] = wifi_mac_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ethernet_mac_address = d.pop("ethernet_mac_address", UNSET)

        wifi_mac_address = d.pop("wifi_mac_address", UNSET)

        windows_device_v2_network_info = cls(
            ethernet_mac_address=ethernet_mac_address,
            wifi_mac_address=wifi_mac_address,
        )

        windows_device_v2_network_info.additional_properties = d
        return windows_device_v2_network_info

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
