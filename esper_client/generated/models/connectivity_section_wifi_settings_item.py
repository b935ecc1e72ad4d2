from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.connectivity_section_wifi_settings_item_wifi_eap_method import (
    ConnectivitySectionWifiSettingsItemWifiEapMethod,
)
from ..models.connectivity_section_wifi_settings_item_wifi_phase_2_auth import (
    ConnectivitySectionWifiSettingsItemWifiPhase2Auth,
)
from ..models.connectivity_section_wifi_settings_item_wifi_security_type import (
    ConnectivitySectionWifiSettingsItemWifiSecurityType,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """ConnectivitySectionWifiSettingsItem's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("anonymous_identity", "anonymous_identity", _rt.STR),
            _rt.Field("domain", "domain", _rt.STR),
            _rt.Field("hidden", "hidden", _rt.BOOL),
            _rt.Field("identity", "identity", _rt.STR),
            _rt.Field(
                "wifi_eap_method",
                "wifi_eap_method",
                _rt.enum(
                    "ConnectivitySectionWifiSettingsItemWifiEapMethod",
                    ["AKA", "AKA_PRIME", "NONE", "PEAP", "PWD", "SIM", "TLS", "TTLS"],
                ),
            ),
            _rt.Field("wifi_password", "wifi_password", _rt.STR),
            _rt.Field(
                "wifi_phase2_auth",
                "wifi_phase2_auth",
                _rt.enum(
                    "ConnectivitySectionWifiSettingsItemWifiPhase2Auth",
                    ["AKA", "AKA_PRIME", "GTC", "MSCHAP", "MSCHAPV2", "NONE", "PAP", "SIM"],
                ),
            ),
            _rt.Field(
                "wifi_security_type",
                "wifi_security_type",
                _rt.enum(
                    "ConnectivitySectionWifiSettingsItemWifiSecurityType", ["EAP", "NONE", "SAE", "WAP", "WEP", "WPA2"]
                ),
            ),
            _rt.Field("wifi_ssid", "wifi_ssid", _rt.STR),
        ),
        _rt.ANY,
    )


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

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
