from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_device_state_body_device_settings import UpdateDeviceStateBodyDeviceSettings


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """UpdateDeviceStateBody's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.update_device_state_body_device_settings import UpdateDeviceStateBodyDeviceSettings  # noqa: PLC0415

    return (
        (
            _rt.Field(
                "device_settings", "device_settings", _rt.model(UpdateDeviceStateBodyDeviceSettings), required=True
            ),
            _rt.Field("event_ts", "event_ts", _rt.FLOAT),
        ),
        _rt.ANY,
    )


@_attrs_define
class UpdateDeviceStateBody:
    """
    Attributes:
        device_settings (UpdateDeviceStateBodyDeviceSettings): The settings that changed since the last report, only
            those keys.
        event_ts (float | Unset): When the state was observed, in milliseconds since the Unix epoch.
    """

    device_settings: UpdateDeviceStateBodyDeviceSettings
    event_ts: float | Unset = UNSET
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
