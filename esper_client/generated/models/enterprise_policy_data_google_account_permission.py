from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterprisePolicyDataGoogleAccountPermission")


@_attrs_define
class EnterprisePolicyDataGoogleAccountPermission:
    """
    Attributes:
        domains (list[str] | Unset):
        emails (list[str] | Unset):
        max_account (int | Unset):
    """

    domains: list[str] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    max_account: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        max_account = self.max_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domains is not UNSET:
            field_dict["domains"] = domains
        if emails is not UNSET:
            field_dict["emails"] = emails
        if max_account is not UNSET:
            field_dict["maxAccount"] = max_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domains = cast(list[str], d.pop("domains", UNSET))

        emails = cast(list[str], d.pop("emails", UNSET))

        max_account = d.pop("maxAccount", UNSET)

        enterprise_policy_data_google_account_permission = cls(
            domains=domains,
            emails=emails,
            max_account=max_account,
        )

        enterprise_policy_data_google_account_permission.additional_properties = d
        return enterprise_policy_data_google_account_permission

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
