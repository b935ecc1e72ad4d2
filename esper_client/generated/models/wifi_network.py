from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WifiNetwork")


@_attrs_define
class WifiNetwork:
    """
    Attributes:
        wifi_network_id (str):
        certificate_file_password (str | Unset):
        certificate_file_path (str | Unset):
    """

    wifi_network_id: str
    certificate_file_password: str | Unset = UNSET
    certificate_file_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wifi_network_id = self.wifi_network_id

        certificate_file_password = self.certificate_file_password

        certificate_file_path = self.certificate_file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wifi_network_id": wifi_network_id,
            }
        )
        if certificate_file_password is not UNSET:
            field_dict["certificate_file_password"] = certificate_file_password
        if certificate_file_path is not UNSET:
            field_dict["certificate_file_path"] = certificate_file_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wifi_network_id = d.pop("wifi_network_id")

        certificate_file_password = d.pop("certificate_file_password", UNSET)

        certificate_file_path = d.pop("certificate_file_path", UNSET)

        wifi_network = cls(
            wifi_network_id=wifi_network_id,
            certificate_file_password=certificate_file_password,
            certificate_file_path=certificate_file_path,
        )

        wifi_network.additional_properties = d
        return wifi_network

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
