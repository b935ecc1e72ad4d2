from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..models.ethernet_settings_auth_mode import EthernetSettingsAuthMode, check_ethernet_settings_auth_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="EthernetSettings")


@_attrs_define
class EthernetSettings:
    """
    Attributes:
        apply_policy (ApplyPolicy):
        auth_mode (EthernetSettingsAuthMode | Unset):
        ca_cert_alias (str | Unset):
        client_cert_alias (str | Unset):
        eap_identity (str | Unset):
    """

    apply_policy: ApplyPolicy
    auth_mode: EthernetSettingsAuthMode | Unset = UNSET
    ca_cert_alias: str | Unset = UNSET
    client_cert_alias: str | Unset = UNSET
    eap_identity: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_policy: str = self.apply_policy

        auth_mode: str | Unset = UNSET
        if not isinstance(self.auth_mode, Unset):
            auth_mode = self.auth_mode

        ca_cert_alias = self.ca_cert_alias

        client_cert_alias = self.client_cert_alias

        eap_identity = self.eap_identity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apply_policy": apply_policy,
            }
        )
        if auth_mode is not UNSET:
            field_dict["auth_mode"] = auth_mode
        if ca_cert_alias is not UNSET:
            field_dict["ca_cert_alias"] = ca_cert_alias
        if client_cert_alias is not UNSET:
            field_dict["client_cert_alias"] = client_cert_alias
        if eap_identity is not UNSET:
            field_dict["eap_identity"] = eap_identity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apply_policy = check_apply_policy(d.pop("apply_policy"))

        _auth_mode = d.pop("auth_mode", UNSET)
        auth_mode: EthernetSettingsAuthMode | Unset
        if isinstance(_auth_mode, Unset):
            auth_mode = UNSET
        else:
            auth_mode = check_ethernet_settings_auth_mode(_auth_mode)

        ca_cert_alias = d.pop("ca_cert_alias", UNSET)

        client_cert_alias = d.pop("client_cert_alias", UNSET)

        eap_identity = d.pop("eap_identity", UNSET)

        ethernet_settings = cls(
            apply_policy=apply_policy,
            auth_mode=auth_mode,
            ca_cert_alias=ca_cert_alias,
            client_cert_alias=client_cert_alias,
            eap_identity=eap_identity,
        )

        ethernet_settings.additional_properties = d
        return ethernet_settings

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
