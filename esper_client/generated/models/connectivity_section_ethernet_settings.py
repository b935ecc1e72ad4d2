from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connectivity_section_ethernet_settings_ethernet_auth_mode import (
    ConnectivitySectionEthernetSettingsEthernetAuthMode,
    check_connectivity_section_ethernet_settings_ethernet_auth_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectivitySectionEthernetSettings")


@_attrs_define
class ConnectivitySectionEthernetSettings:
    """
    Attributes:
        ethernet_auth_mode (ConnectivitySectionEthernetSettingsEthernetAuthMode):
        ethernet_ca_cert_alias (str | Unset):
        ethernet_client_cert_alias (str | Unset):
        ethernet_eap_identity (str | Unset):
    """

    ethernet_auth_mode: ConnectivitySectionEthernetSettingsEthernetAuthMode
    ethernet_ca_cert_alias: str | Unset = UNSET
    ethernet_client_cert_alias: str | Unset = UNSET
    ethernet_eap_identity: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ethernet_auth_mode: str = self.ethernet_auth_mode

        ethernet_ca_cert_alias = self.ethernet_ca_cert_alias

        ethernet_client_cert_alias = self.ethernet_client_cert_alias

        ethernet_eap_identity = self.ethernet_eap_identity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ethernet_auth_mode": ethernet_auth_mode,
            }
        )
        if ethernet_ca_cert_alias is not UNSET:
            field_dict["ethernet_ca_cert_alias"] = ethernet_ca_cert_alias
        if ethernet_client_cert_alias is not UNSET:
            field_dict["ethernet_client_cert_alias"] = ethernet_client_cert_alias
        if ethernet_eap_identity is not UNSET:
            field_dict["ethernet_eap_identity"] = ethernet_eap_identity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ethernet_auth_mode = check_connectivity_section_ethernet_settings_ethernet_auth_mode(
            d.pop("ethernet_auth_mode")
        )

        ethernet_ca_cert_alias = d.pop("ethernet_ca_cert_alias", UNSET)

        ethernet_client_cert_alias = d.pop("ethernet_client_cert_alias", UNSET)

        ethernet_eap_identity = d.pop("ethernet_eap_identity", UNSET)

        connectivity_section_ethernet_settings = cls(
            ethernet_auth_mode=ethernet_auth_mode,
            ethernet_ca_cert_alias=ethernet_ca_cert_alias,
            ethernet_client_cert_alias=ethernet_client_cert_alias,
            ethernet_eap_identity=ethernet_eap_identity,
        )

        connectivity_section_ethernet_settings.additional_properties = d
        return connectivity_section_ethernet_settings

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
