from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StatusMetrics")


@_attrs_define
class StatusMetrics:
    """
    Attributes:
        active (int):
        high_risk (int):
        in_active (int):
        low_battery (int):
        low_risk (int):
        medium_risk (int):
        recently_added (int):
        secure (int):
        total_devices_under_risk (int):
        under_provisioning (int):
        unspecified (int):
    """

    active: int
    high_risk: int
    in_active: int
    low_battery: int
    low_risk: int
    medium_risk: int
    recently_added: int
    secure: int
    total_devices_under_risk: int
    under_provisioning: int
    unspecified: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        high_risk = self.high_risk

        in_active = self.in_active

        low_battery = self.low_battery

        low_risk = self.low_risk

        medium_risk = self.medium_risk

        recently_added = self.recently_added

        secure = self.secure

        total_devices_under_risk = self.total_devices_under_risk

        under_provisioning = self.under_provisioning

        unspecified = self.unspecified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "high_risk": high_risk,
                "in_active": in_active,
                "low_battery": low_battery,
                "low_risk": low_risk,
                "medium_risk": medium_risk,
                "recently_added": recently_added,
                "secure": secure,
                "total_devices_under_risk": total_devices_under_risk,
                "under_provisioning": under_provisioning,
                "unspecified": unspecified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        high_risk = d.pop("high_risk")

        in_active = d.pop("in_active")

        low_battery = d.pop("low_battery")

        low_risk = d.pop("low_risk")

        medium_risk = d.pop("medium_risk")

        recently_added = d.pop("recently_added")

        secure = d.pop("secure")

        total_devices_under_risk = d.pop("total_devices_under_risk")

        under_provisioning = d.pop("under_provisioning")

        unspecified = d.pop("unspecified")

        status_metrics = cls(
            active=active,
            high_risk=high_risk,
            in_active=in_active,
            low_battery=low_battery,
            low_risk=low_risk,
            medium_risk=medium_risk,
            recently_added=recently_added,
            secure=secure,
            total_devices_under_risk=total_devices_under_risk,
            under_provisioning=under_provisioning,
            unspecified=unspecified,
        )

        status_metrics.additional_properties = d
        return status_metrics

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
