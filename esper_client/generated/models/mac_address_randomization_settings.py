from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..types import UNSET, Unset

T = TypeVar("T", bound="MacAddressRandomizationSettings")


@_attrs_define
class MacAddressRandomizationSettings:
    """
    Attributes:
        allow_mac_address_randomization (bool | Unset):
        apply_policy (ApplyPolicy | Unset):
    """

    allow_mac_address_randomization: bool | Unset = UNSET
    apply_policy: ApplyPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_mac_address_randomization = self.allow_mac_address_randomization

        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_mac_address_randomization is not UNSET:
            field_dict["allow_mac_address_randomization"] = allow_mac_address_randomization
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_mac_address_randomization = d.pop("allow_mac_address_randomization", UNSET)

        _apply_policy = d.pop("apply_policy", UNSET)
        apply_policy: ApplyPolicy | Unset
        if isinstance(_apply_policy, Unset):
            apply_policy = UNSET
        else:
            apply_policy = check_apply_policy(_apply_policy)

        mac_address_randomization_settings = cls(
            allow_mac_address_randomization=allow_mac_address_randomization,
            apply_policy=apply_policy,
        )

        mac_address_randomization_settings.additional_properties = d
        return mac_address_randomization_settings

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
