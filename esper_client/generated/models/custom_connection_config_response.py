from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomConnectionConfigResponse")


@_attrs_define
class CustomConnectionConfigResponse:
    """
    Attributes:
        client_id (str | Unset):
        disable_sign_out (bool | Unset):
        issuer_url (str | Unset):
        sign_in_url (str | Unset):
        sign_out_url (str | Unset):
        x509_certificate (str | Unset):
    """

    client_id: str | Unset = UNSET
    disable_sign_out: bool | Unset = UNSET
    issuer_url: str | Unset = UNSET
    sign_in_url: str | Unset = UNSET
    sign_out_url: str | Unset = UNSET
    x509_certificate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        disable_sign_out = self.disable_sign_out

        issuer_url = self.issuer_url

        sign_in_url = self.sign_in_url

        sign_out_url = self.sign_out_url

        x509_certificate = self.x509_certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if disable_sign_out is not UNSET:
            field_dict["disable_sign_out"] = disable_sign_out
        if issuer_url is not UNSET:
            field_dict["issuer_url"] = issuer_url
        if sign_in_url is not UNSET:
            field_dict["sign_in_url"] = sign_in_url
        if sign_out_url is not UNSET:
            field_dict["sign_out_url"] = sign_out_url
        if x509_certificate is not UNSET:
            field_dict["x509_certificate"] = x509_certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        disable_sign_out = d.pop("disable_sign_out", UNSET)

        issuer_url = d.pop("issuer_url", UNSET)

        sign_in_url = d.pop("sign_in_url", UNSET)

        sign_out_url = d.pop("sign_out_url", UNSET)

        x509_certificate = d.pop("x509_certificate", UNSET)

        custom_connection_config_response = cls(
            client_id=client_id,
            disable_sign_out=disable_sign_out,
            issuer_url=issuer_url,
            sign_in_url=sign_in_url,
            sign_out_url=sign_out_url,
            x509_certificate=x509_certificate,
        )

        custom_connection_config_response.additional_properties = d
        return custom_connection_config_response

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
