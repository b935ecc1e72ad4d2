from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enterprise_policy_data_phone_policy_dialer import (
    EnterprisePolicyDataPhonePolicyDialer,
    check_enterprise_policy_data_phone_policy_dialer,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterprisePolicyDataPhonePolicy")


@_attrs_define
class EnterprisePolicyDataPhonePolicy:
    """
    Attributes:
        allow_ussd_codes (bool | Unset):  Default: False.
        dialer (EnterprisePolicyDataPhonePolicyDialer | Unset):
        incoming_numbers (list[str] | Unset):
        outgoing_numbers (list[str] | Unset):
    """

    allow_ussd_codes: bool | Unset = False
    dialer: EnterprisePolicyDataPhonePolicyDialer | Unset = UNSET
    incoming_numbers: list[str] | Unset = UNSET
    outgoing_numbers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_ussd_codes = self.allow_ussd_codes

        dialer: str | Unset = UNSET
        if not isinstance(self.dialer, Unset):
            dialer = self.dialer

        incoming_numbers: list[str] | Unset = UNSET
        if not isinstance(self.incoming_numbers, Unset):
            incoming_numbers = self.incoming_numbers

        outgoing_numbers: list[str] | Unset = UNSET
        if not isinstance(self.outgoing_numbers, Unset):
            outgoing_numbers = self.outgoing_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_ussd_codes is not UNSET:
            field_dict["allowUssdCodes"] = allow_ussd_codes
        if dialer is not UNSET:
            field_dict["dialer"] = dialer
        if incoming_numbers is not UNSET:
            field_dict["incomingNumbers"] = incoming_numbers
        if outgoing_numbers is not UNSET:
            field_dict["outgoingNumbers"] = outgoing_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_ussd_codes = d.pop("allowUssdCodes", UNSET)

        _dialer = d.pop("dialer", UNSET)
        dialer: EnterprisePolicyDataPhonePolicyDialer | Unset
        if isinstance(_dialer, Unset):
            dialer = UNSET
        else:
            dialer = check_enterprise_policy_data_phone_policy_dialer(_dialer)

        incoming_numbers = cast(list[str], d.pop("incomingNumbers", UNSET))

        outgoing_numbers = cast(list[str], d.pop("outgoingNumbers", UNSET))

        enterprise_policy_data_phone_policy = cls(
            allow_ussd_codes=allow_ussd_codes,
            dialer=dialer,
            incoming_numbers=incoming_numbers,
            outgoing_numbers=outgoing_numbers,
        )

        enterprise_policy_data_phone_policy.additional_properties = d
        return enterprise_policy_data_phone_policy

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
