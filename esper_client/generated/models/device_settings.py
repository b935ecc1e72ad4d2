from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.device_settings_gps_state import DeviceSettingsGpsState
from ..models.device_settings_rotation_state import DeviceSettingsRotationState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_settings_audio_settings import DeviceSettingsAudioSettings


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """DeviceSettings's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.device_settings_audio_settings import DeviceSettingsAudioSettings  # noqa: PLC0415

    return (
        (
            _rt.Field("adb_enabled", "adb_enabled", _rt.BOOL),
            _rt.Field("adb_timeout", "adb_timeout", _rt.INT),
            _rt.Field("audio_settings", "audio_settings", _rt.model(DeviceSettingsAudioSettings)),
            _rt.Field("bluetooth_state", "bluetooth_state", _rt.BOOL),
            _rt.Field("brightness_scale", "brightness_scale", _rt.INT),
            _rt.Field(
                "gps_state",
                "gps_state",
                _rt.enum(
                    "DeviceSettingsGpsState",
                    [
                        "LOCATION_MODE_BATTERY_SAVING",
                        "LOCATION_MODE_HIGH_ACCURACY",
                        "LOCATION_MODE_OFF",
                        "LOCATION_MODE_ON",
                        "LOCATION_MODE_SENSORS_ONLY",
                    ],
                ),
            ),
            _rt.Field("remote_adb_enabled", "remote_adb_enabled", _rt.BOOL),
            _rt.Field("remote_adb_ip", "remote_adb_ip", _rt.STR),
            _rt.Field("remote_adb_port", "remote_adb_port", _rt.INT),
            _rt.Field(
                "rotation_state",
                "rotation_state",
                _rt.enum(
                    "DeviceSettingsRotationState",
                    ["AUTO", "INVERTED_LANDSCAPE_ONLY", "INVERTED_PORTRAIT_ONLY", "LANDSCAPE_ONLY", "PORTRAIT_ONLY"],
                ),
            ),
            _rt.Field("screen_off_timeout", "screen_off_timeout", _rt.INT),
            _rt.Field("use_only_saved_ap", "use_only_saved_ap", _rt.BOOL),
            _rt.Field("wifi_state", "wifi_state", _rt.BOOL),
        ),
        _rt.ANY,
    )


@_attrs_define
class DeviceSettings:
    """
    Attributes:
        adb_enabled (bool | Unset):
        adb_timeout (int | Unset):
        audio_settings (DeviceSettingsAudioSettings | Unset):
        bluetooth_state (bool | Unset):
        brightness_scale (int | Unset):
        gps_state (DeviceSettingsGpsState | Unset):
        remote_adb_enabled (bool | Unset):
        remote_adb_ip (str | Unset):
        remote_adb_port (int | Unset):
        rotation_state (DeviceSettingsRotationState | Unset):
        screen_off_timeout (int | Unset):
        use_only_saved_ap (bool | Unset):
        wifi_state (bool | Unset):
    """

    adb_enabled: bool | Unset = UNSET
    adb_timeout: int | Unset = UNSET
    audio_settings: DeviceSettingsAudioSettings | Unset = UNSET
    bluetooth_state: bool | Unset = UNSET
    brightness_scale: int | Unset = UNSET
    gps_state: DeviceSettingsGpsState | Unset = UNSET
    remote_adb_enabled: bool | Unset = UNSET
    remote_adb_ip: str | Unset = UNSET
    remote_adb_port: int | Unset = UNSET
    rotation_state: DeviceSettingsRotationState | Unset = UNSET
    screen_off_timeout: int | Unset = UNSET
    use_only_saved_ap: bool | Unset = UNSET
    wifi_state: bool | Unset = UNSET
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
