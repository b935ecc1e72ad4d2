from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMdmServiceConfigResponse200")


@_attrs_define
class GetMdmServiceConfigResponse200:
    """
    Attributes:
        dep_anchor_certs_url (str | Unset):
        dep_enrollment_url (str | Unset):
    """

    dep_anchor_certs_url: str | Unset = UNSET
    dep_enrollment_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dep_anchor_certs_url = self.dep_anchor_certs_url

        dep_enrollment_url = self.dep_enrollment_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dep_anchor_certs_url is not UNSET:
            field_dict["dep_anchor_certs_url"] = dep_anchor_certs_url
        if dep_enrollment_url is not UNSET:
            field_dict["dep_enrollment_url"] = dep_enrollment_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dep_anchor_certs_url = d.pop("dep_anchor_certs_url", UNSET)

        dep_enrollment_url = d.pop("dep_enrollment_url", UNSET)

        get_mdm_service_config_response_200 = cls(
            dep_anchor_certs_url=dep_anchor_certs_url,
            dep_enrollment_url=dep_enrollment_url,
        )

        get_mdm_service_config_response_200.additional_properties = d
        return get_mdm_service_config_response_200

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
