from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StatusMetricsV2LastSeen")


@_attrs_define
class StatusMetricsV2LastSeen:
    """
    Attributes:
        first_period (int):
        second_period (int):
        third_period (int):
    """

    first_period: int
    second_period: int
    third_period: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_period = self.first_period

        second_period = self.second_period

        third_period = self.third_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_period": first_period,
                "second_period": second_period,
                "third_period": third_period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_period = d.pop("first_period")

        second_period = d.pop("second_period")

        third_period = d.pop("third_period")

        status_metrics_v2_last_seen = cls(
            first_period=first_period,
            second_period=second_period,
            third_period=third_period,
        )

        status_metrics_v2_last_seen.additional_properties = d
        return status_metrics_v2_last_seen

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
