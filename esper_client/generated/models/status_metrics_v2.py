from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.status_metrics_v2_last_seen import StatusMetricsV2LastSeen


T = TypeVar("T", bound="StatusMetricsV2")


@_attrs_define
class StatusMetricsV2:
    """
    Attributes:
        high_risk (int):
        last_seen (StatusMetricsV2LastSeen):
        low_battery (int):
        low_risk (int):
        medium_risk (int):
        recently_added (int):
        secure (int):
        total_devices_under_risk (int):
        under_provisioning (int):
        unprovisioned_devices (int):
        unspecified (int):
    """

    high_risk: int
    last_seen: StatusMetricsV2LastSeen
    low_battery: int
    low_risk: int
    medium_risk: int
    recently_added: int
    secure: int
    total_devices_under_risk: int
    under_provisioning: int
    unprovisioned_devices: int
    unspecified: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        high_risk = self.high_risk

        last_seen = self.last_seen.to_dict()

        low_battery = self.low_battery

        low_risk = self.low_risk

        medium_risk = self.medium_risk

        recently_added = self.recently_added

        secure = self.secure

        total_devices_under_risk = self.total_devices_under_risk

        under_provisioning = self.under_provisioning

        unprovisioned_devices = self.unprovisioned_devices

        unspecified = self.unspecified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "high_risk": high_risk,
                "last_seen": last_seen,
                "low_battery": low_battery,
                "low_risk": low_risk,
                "medium_risk": medium_risk,
                "recently_added": recently_added,
                "secure": secure,
                "total_devices_under_risk": total_devices_under_risk,
                "under_provisioning": under_provisioning,
                "unprovisioned_devices": unprovisioned_devices,
                "unspecified": unspecified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (StatusMetricsV2LastSeen,) = _nested_models()

        d = dict(src_dict)
        high_risk = d.pop("high_risk")

        last_seen = StatusMetricsV2LastSeen.from_dict(d.pop("last_seen"))

        low_battery = d.pop("low_battery")

        low_risk = d.pop("low_risk")

        medium_risk = d.pop("medium_risk")

        recently_added = d.pop("recently_added")

        secure = d.pop("secure")

        total_devices_under_risk = d.pop("total_devices_under_risk")

        under_provisioning = d.pop("under_provisioning")

        unprovisioned_devices = d.pop("unprovisioned_devices")

        unspecified = d.pop("unspecified")

        status_metrics_v2 = cls(
            high_risk=high_risk,
            last_seen=last_seen,
            low_battery=low_battery,
            low_risk=low_risk,
            medium_risk=medium_risk,
            recently_added=recently_added,
            secure=secure,
            total_devices_under_risk=total_devices_under_risk,
            under_provisioning=under_provisioning,
            unprovisioned_devices=unprovisioned_devices,
            unspecified=unspecified,
        )

        status_metrics_v2.additional_properties = d
        return status_metrics_v2

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


@cache
def _nested_models() -> tuple[type[StatusMetricsV2LastSeen],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.status_metrics_v2_last_seen import StatusMetricsV2LastSeen  # noqa: PLC0415

    return (StatusMetricsV2LastSeen,)
