from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutgoingNumbersSettings")


@_attrs_define
class OutgoingNumbersSettings:
    """
    Attributes:
        allow_all_numbers (bool):
        apply_policy (ApplyPolicy):
        allow_ussd_codes (bool | Unset):  Default: False.
        allowed_numbers (list[str] | Unset):
        tags (list[str] | Unset):
    """

    allow_all_numbers: bool
    apply_policy: ApplyPolicy
    allow_ussd_codes: bool | Unset = False
    allowed_numbers: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_all_numbers = self.allow_all_numbers

        apply_policy: str = self.apply_policy

        allow_ussd_codes = self.allow_ussd_codes

        allowed_numbers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_numbers, Unset):
            allowed_numbers = self.allowed_numbers

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_all_numbers": allow_all_numbers,
                "apply_policy": apply_policy,
            }
        )
        if allow_ussd_codes is not UNSET:
            field_dict["allow_ussd_codes"] = allow_ussd_codes
        if allowed_numbers is not UNSET:
            field_dict["allowed_numbers"] = allowed_numbers
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_all_numbers = d.pop("allow_all_numbers")

        apply_policy = check_apply_policy(d.pop("apply_policy"))

        allow_ussd_codes = d.pop("allow_ussd_codes", UNSET)

        allowed_numbers = cast(list[str], d.pop("allowed_numbers", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        outgoing_numbers_settings = cls(
            allow_all_numbers=allow_all_numbers,
            apply_policy=apply_policy,
            allow_ussd_codes=allow_ussd_codes,
            allowed_numbers=allowed_numbers,
            tags=tags,
        )

        outgoing_numbers_settings.additional_properties = d
        return outgoing_numbers_settings

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
