from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoInstallConstraint")


@_attrs_define
class AutoInstallConstraint:
    """
    Attributes:
        charging_state_constraint (str | Unset):
        device_idle_state_constraint (str | Unset):
        network_type_constraint (str | Unset):
    """

    charging_state_constraint: str | Unset = UNSET
    device_idle_state_constraint: str | Unset = UNSET
    network_type_constraint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charging_state_constraint = self.charging_state_constraint

        device_idle_state_constraint = self.device_idle_state_constraint

        network_type_constraint = self.network_type_constraint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charging_state_constraint is not UNSET:
            field_dict["charging_state_constraint"] = charging_state_constraint
        if device_idle_state_constraint is not UNSET:
            field_dict["device_idle_state_constraint"] = device_idle_state_constraint
        if network_type_constraint is not UNSET:
            field_dict["network_type_constraint"] = network_type_constraint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        charging_state_constraint = d.pop("charging_state_constraint", UNSET)

        device_idle_state_constraint = d.pop("device_idle_state_constraint", UNSET)

        network_type_constraint = d.pop("network_type_constraint", UNSET)

        auto_install_constraint = cls(
            charging_state_constraint=charging_state_constraint,
            device_idle_state_constraint=device_idle_state_constraint,
            network_type_constraint=network_type_constraint,
        )

        auto_install_constraint.additional_properties = d
        return auto_install_constraint

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
