from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..types import UNSET, Unset

T = TypeVar("T", bound="EsperEdgeboxSettings")


@_attrs_define
class EsperEdgeboxSettings:
    """
    Attributes:
        allow_esper_edgebox (bool | Unset):
        apply_policy (ApplyPolicy | Unset):
    """

    allow_esper_edgebox: bool | Unset = UNSET
    apply_policy: ApplyPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_esper_edgebox = self.allow_esper_edgebox

        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_esper_edgebox is not UNSET:
            field_dict["allow_esper_edgebox"] = allow_esper_edgebox
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_esper_edgebox = d.pop("allow_esper_edgebox", UNSET)

        _apply_policy = d.pop("apply_policy", UNSET)
        apply_policy: ApplyPolicy | Unset
        if isinstance(_apply_policy, Unset):
            apply_policy = UNSET
        else:
            apply_policy = check_apply_policy(_apply_policy)

        esper_edgebox_settings = cls(
            allow_esper_edgebox=allow_esper_edgebox,
            apply_policy=apply_policy,
        )

        esper_edgebox_settings.additional_properties = d
        return esper_edgebox_settings

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
