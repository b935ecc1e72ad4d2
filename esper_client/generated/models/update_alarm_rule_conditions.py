from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAlarmRuleConditions")


@_attrs_define
class UpdateAlarmRuleConditions:
    """
    Attributes:
        comparator (str):
        unit (str):
        value (float):
        toggle_state (bool | Unset):
    """

    comparator: str
    unit: str
    value: float
    toggle_state: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comparator = self.comparator

        unit = self.unit

        value = self.value

        toggle_state = self.toggle_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comparator": comparator,
                "unit": unit,
                "value": value,
            }
        )
        if toggle_state is not UNSET:
            field_dict["toggle_state"] = toggle_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comparator = d.pop("comparator")

        unit = d.pop("unit")

        value = d.pop("value")

        toggle_state = d.pop("toggle_state", UNSET)

        update_alarm_rule_conditions = cls(
            comparator=comparator,
            unit=unit,
            value=value,
            toggle_state=toggle_state,
        )

        update_alarm_rule_conditions.additional_properties = d
        return update_alarm_rule_conditions

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
