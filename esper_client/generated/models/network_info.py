from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_info_network_type import NetworkInfoNetworkType, check_network_info_network_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkInfo")


@_attrs_define
class NetworkInfo:
    """
    Attributes:
        ethernet_mac_address (str | Unset):
        iccid1 (str | Unset):
        iccid2 (str | Unset):
        imei1 (str | Unset):
        imei2 (str | Unset):
        network_type (NetworkInfoNetworkType | Unset):
        phone_number_1 (str | Unset):
        phone_number_2 (str | Unset):
        wifi_mac_address (str | Unset):
    """

    ethernet_mac_address: str | Unset = UNSET
    iccid1: str | Unset = UNSET
    iccid2: str | Unset = UNSET
    imei1: str | Unset = UNSET
    imei2: str | Unset = UNSET
    network_type: NetworkInfoNetworkType | Unset = UNSET
    phone_number_1: str | Unset = UNSET
    phone_number_2: str | Unset = UNSET
    wifi_mac_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ethernet_mac_address = self.ethernet_mac_address

        iccid1 = self.iccid1

        iccid2 = self.iccid2

        imei1 = self.imei1

        imei2 = self.imei2

        network_type: str | Unset = UNSET
        if not isinstance(self.network_type, Unset):
            network_type = self.network_type

        phone_number_1 = self.phone_number_1

        phone_number_2 = self.phone_number_2

        wifi_mac_address = self.wifi_mac_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ethernet_mac_address is not UNSET:
            field_dict["ethernet_mac_address"] = ethernet_mac_address
        if iccid1 is not UNSET:
            field_dict["iccid1"] = iccid1
        if iccid2 is not UNSET:
            field_dict["iccid2"] = iccid2
        if imei1 is not UNSET:
            field_dict["imei1"] = imei1
        if imei2 is not UNSET:
            field_dict["imei2"] = imei2
        if network_type is not UNSET:
            field_dict["network_type"] = network_type
        if phone_number_1 is not UNSET:
            field_dict["phone_number_1"] = phone_number_1
        if phone_number_2 is not UNSET:
            field_dict["phone_number_2"] = phone_number_2
        if wifi_mac_address is not UNSET:
            field_dict["wifi_mac_address"] = wifi_mac_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ethernet_mac_address = d.pop("ethernet_mac_address", UNSET)

        iccid1 = d.pop("iccid1", UNSET)

        iccid2 = d.pop("iccid2", UNSET)

        imei1 = d.pop("imei1", UNSET)

        imei2 = d.pop("imei2", UNSET)

        _network_type = d.pop("network_type", UNSET)
        network_type: NetworkInfoNetworkType | Unset
        if isinstance(_network_type, Unset):
            network_type = UNSET
        else:
            network_type = check_network_info_network_type(_network_type)

        phone_number_1 = d.pop("phone_number_1", UNSET)

        phone_number_2 = d.pop("phone_number_2", UNSET)

        wifi_mac_address = d.pop("wifi_mac_address", UNSET)

        network_info = cls(
            ethernet_mac_address=ethernet_mac_address,
            iccid1=iccid1,
            iccid2=iccid2,
            imei1=imei1,
            imei2=imei2,
            network_type=network_type,
            phone_number_1=phone_number_1,
            phone_number_2=phone_number_2,
            wifi_mac_address=wifi_mac_address,
        )

        network_info.additional_properties = d
        return network_info

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
