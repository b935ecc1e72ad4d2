from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connectivity_section_wifi_settings_item_wifi_eap_method import (
    ConnectivitySectionWifiSettingsItemWifiEapMethod,
    check_connectivity_section_wifi_settings_item_wifi_eap_method,
)
from ..models.connectivity_section_wifi_settings_item_wifi_phase_2_auth import (
    ConnectivitySectionWifiSettingsItemWifiPhase2Auth,
    check_connectivity_section_wifi_settings_item_wifi_phase_2_auth,
)
from ..models.connectivity_section_wifi_settings_item_wifi_security_type import (
    ConnectivitySectionWifiSettingsItemWifiSecurityType,
    check_connectivity_section_wifi_settings_item_wifi_security_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectivitySectionWifiSettingsItem")


@_attrs_define
class ConnectivitySectionWifiSettingsItem:
    """
    Attributes:
        anonymous_identity (str | Unset):
        domain (str | Unset):
        hidden (bool | Unset):
        identity (str | Unset):
        wifi_eap_method (ConnectivitySectionWifiSettingsItemWifiEapMethod | Unset):
        wifi_password (str | Unset):
        wifi_phase2_auth (ConnectivitySectionWifiSettingsItemWifiPhase2Auth | Unset):
        wifi_security_type (ConnectivitySectionWifiSettingsItemWifiSecurityType | Unset):
        wifi_ssid (str | Unset):
    """

    anonymous_identity: str | Unset = UNSET
    domain: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    identity: str | Unset = UNSET
    wifi_eap_method: ConnectivitySectionWifiSettingsItemWifiEapMethod | Unset = UNSET
    wifi_password: str | Unset = UNSET
    wifi_phase2_auth: ConnectivitySectionWifiSettingsItemWifiPhase2Auth | Unset = UNSET
    wifi_security_type: ConnectivitySectionWifiSettingsItemWifiSecurityType | Unset = UNSET
    wifi_ssid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anonymous_identity = self.anonymous_identity

        domain = self.domain

        hidden = self.hidden

        identity = self.identity

        wifi_eap_method: str | Unset = UNSET
        if not isinstance(self.wifi_eap_method, Unset):
            wifi_eap_method = self.wifi_eap_method

        wifi_password = self.wifi_password

        wifi_phase2_auth: str | Unset = UNSET
        if not isinstance(self.wifi_phase2_auth, Unset):
            wifi_phase2_auth = self.wifi_phase2_auth

        wifi_security_type: str | Unset = UNSET
        if not isinstance(self.wifi_security_type, Unset):
            wifi_security_type = self.wifi_security_type

        wifi_ssid = self.wifi_ssid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anonymous_identity is not UNSET:
            field_dict["anonymous_identity"] = anonymous_identity
        if domain is not UNSET:
            field_dict["domain"] = domain
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if identity is not UNSET:
            field_dict["identity"] = identity
        if wifi_eap_method is not UNSET:
            field_dict["wifi_eap_method"] = wifi_eap_method
        if wifi_password is not UNSET:
            field_dict["wifi_password"] = wifi_password
        if wifi_phase2_auth is not UNSET:
            field_dict["wifi_phase2_auth"] = wifi_phase2_auth
        if wifi_security_type is not UNSET:
            field_dict["wifi_security_type"] = wifi_security_type
        if wifi_ssid is not UNSET:
            field_dict["wifi_ssid"] = wifi_ssid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        anonymous_identity = d.pop("anonymous_identity", UNSET)

        domain = d.pop("domain", UNSET)

        hidden = d.pop("hidden", UNSET)

        identity = d.pop("identity", UNSET)

        _wifi_eap_method = d.pop("wifi_eap_method", UNSET)
        wifi_eap_method: ConnectivitySectionWifiSettingsItemWifiEapMethod | Unset
        if isinstance(_wifi_eap_method, Unset):
            wifi_eap_method = UNSET
        else:
            wifi_eap_method = check_connectivity_section_wifi_settings_item_wifi_eap_method(_wifi_eap_method)

        wifi_password = d.pop("wifi_password", UNSET)

        _wifi_phase2_auth = d.pop("wifi_phase2_auth", UNSET)
        wifi_phase2_auth: ConnectivitySectionWifiSettingsItemWifiPhase2Auth | Unset
        if isinstance(_wifi_phase2_auth, Unset):
            wifi_phase2_auth = UNSET
        else:
            wifi_phase2_auth = check_connectivity_section_wifi_settings_item_wifi_phase_2_auth(_wifi_phase2_auth)

        _wifi_security_type = d.pop("wifi_security_type", UNSET)
        wifi_security_type: ConnectivitySectionWifiSettingsItemWifiSecurityType | Unset
        if isinstance(_wifi_security_type, Unset):
            wifi_security_type = UNSET
        else:
            wifi_security_type = check_connectivity_section_wifi_settings_item_wifi_security_type(_wifi_security_type)

        wifi_ssid = d.pop("wifi_ssid", UNSET)

        connectivity_section_wifi_settings_item = cls(
            anonymous_identity=anonymous_identity,
            domain=domain,
            hidden=hidden,
            identity=identity,
            wifi_eap_method=wifi_eap_method,
            wifi_password=wifi_password,
            wifi_phase2_auth=wifi_phase2_auth,
            wifi_security_type=wifi_security_type,
            wifi_ssid=wifi_ssid,
        )

        connectivity_section_wifi_settings_item.additional_properties = d
        return connectivity_section_wifi_settings_item

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
