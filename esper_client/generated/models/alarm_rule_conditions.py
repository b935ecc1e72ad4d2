from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlarmRuleConditions")


@_attrs_define
class AlarmRuleConditions:
    """
    Attributes:
        comparator (str | Unset):
        toggle_state (bool | Unset):
        unit (str | Unset):
        value (float | Unset):
    """

    comparator: str | Unset = UNSET
    toggle_state: bool | Unset = UNSET
    unit: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comparator = self.comparator

        toggle_state = self.toggle_state

        unit = self.unit

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comparator is not UNSET:
            field_dict["comparator"] = comparator
        if toggle_state is not UNSET:
            field_dict["toggle_state"] = toggle_state
        if unit is not UNSET:
            field_dict["unit"] = unit
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comparator = d.pop("comparator", UNSET)

        toggle_state = d.pop("toggle_state", UNSET)

        unit = d.pop("unit", UNSET)

        value = d.pop("value", UNSET)

        alarm_rule_conditions = cls(
            comparator=comparator,
            toggle_state=toggle_state,
            unit=unit,
            value=value,
        )

        alarm_rule_conditions.additional_properties = d
        return alarm_rule_conditions

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
