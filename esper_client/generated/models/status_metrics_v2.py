from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    from ..models.status_metrics_v2_last_seen import StatusMetricsV2LastSeen


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """StatusMetricsV2's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.status_metrics_v2_last_seen import StatusMetricsV2LastSeen  # noqa: PLC0415

    return (
        (
            _rt.Field("high_risk", "high_risk", _rt.INT, required=True),
            _rt.Field("last_seen", "last_seen", _rt.model(StatusMetricsV2LastSeen), required=True),
            _rt.Field("low_battery", "low_battery", _rt.INT, required=True),
            _rt.Field("low_risk", "low_risk", _rt.INT, required=True),
            _rt.Field("medium_risk", "medium_risk", _rt.INT, required=True),
            _rt.Field("recently_added", "recently_added", _rt.INT, required=True),
            _rt.Field("secure", "secure", _rt.INT, required=True),
            _rt.Field("total_devices_under_risk", "total_devices_under_risk", _rt.INT, required=True),
            _rt.Field("under_provisioning", "under_provisioning", _rt.INT, required=True),
            _rt.Field("unprovisioned_devices", "unprovisioned_devices", _rt.INT, required=True),
            _rt.Field("unspecified", "unspecified", _rt.INT, required=True),
        ),
        _rt.ANY,
    )


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

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
