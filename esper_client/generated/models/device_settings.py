from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_settings_gps_state import DeviceSettingsGpsState, check_device_settings_gps_state
from ..models.device_settings_rotation_state import DeviceSettingsRotationState, check_device_settings_rotation_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_settings_audio_settings import DeviceSettingsAudioSettings


T = TypeVar("T", bound="DeviceSettings")


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

    def to_dict(self) -> dict[str, Any]:
        adb_enabled = self.adb_enabled

        adb_timeout = self.adb_timeout

        audio_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_settings, Unset):
            audio_settings = self.audio_settings.to_dict()

        bluetooth_state = self.bluetooth_state

        brightness_scale = self.brightness_scale

        gps_state: str | Unset = UNSET
        if not isinstance(self.gps_state, Unset):
            gps_state = self.gps_state

        remote_adb_enabled = self.remote_adb_enabled

        remote_adb_ip = self.remote_adb_ip

        remote_adb_port = self.remote_adb_port

        rotation_state: str | Unset = UNSET
        if not isinstance(self.rotation_state, Unset):
            rotation_state = self.rotation_state

        screen_off_timeout = self.screen_off_timeout

        use_only_saved_ap = self.use_only_saved_ap

        wifi_state = self.wifi_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adb_enabled is not UNSET:
            field_dict["adb_enabled"] = adb_enabled
        if adb_timeout is not UNSET:
            field_dict["adb_timeout"] = adb_timeout
        if audio_settings is not UNSET:
            field_dict["audio_settings"] = audio_settings
        if bluetooth_state is not UNSET:
            field_dict["bluetooth_state"] = bluetooth_state
        if brightness_scale is not UNSET:
            field_dict["brightness_scale"] = brightness_scale
        if gps_state is not UNSET:
            field_dict["gps_state"] = gps_state
        if remote_adb_enabled is not UNSET:
            field_dict["remote_adb_enabled"] = remote_adb_enabled
        if remote_adb_ip is not UNSET:
            field_dict["remote_adb_ip"] = remote_adb_ip
        if remote_adb_port is not UNSET:
            field_dict["remote_adb_port"] = remote_adb_port
        if rotation_state is not UNSET:
            field_dict["rotation_state"] = rotation_state
        if screen_off_timeout is not UNSET:
            field_dict["screen_off_timeout"] = screen_off_timeout
        if use_only_saved_ap is not UNSET:
            field_dict["use_only_saved_ap"] = use_only_saved_ap
        if wifi_state is not UNSET:
            field_dict["wifi_state"] = wifi_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (DeviceSettingsAudioSettings,) = _nested_models()

        d = dict(src_dict)
        adb_enabled = d.pop("adb_enabled", UNSET)

        adb_timeout = d.pop("adb_timeout", UNSET)

        _audio_settings = d.pop("audio_settings", UNSET)
        audio_settings: DeviceSettingsAudioSettings | Unset
        if isinstance(_audio_settings, Unset):
            audio_settings = UNSET
        else:
            audio_settings = DeviceSettingsAudioSettings.from_dict(_audio_settings)

        bluetooth_state = d.pop("bluetooth_state", UNSET)

        brightness_scale = d.pop("brightness_scale", UNSET)

        _gps_state = d.pop("gps_state", UNSET)
        gps_state: DeviceSettingsGpsState | Unset
        if isinstance(_gps_state, Unset):
            gps_state = UNSET
        else:
            gps_state = check_device_settings_gps_state(_gps_state)

        remote_adb_enabled = d.pop("remote_adb_enabled", UNSET)

        remote_adb_ip = d.pop("remote_adb_ip", UNSET)

        remote_adb_port = d.pop("remote_adb_port", UNSET)

        _rotation_state = d.pop("rotation_state", UNSET)
        rotation_state: DeviceSettingsRotationState | Unset
        if isinstance(_rotation_state, Unset):
            rotation_state = UNSET
        else:
            rotation_state = check_device_settings_rotation_state(_rotation_state)

        screen_off_timeout = d.pop("screen_off_timeout", UNSET)

        use_only_saved_ap = d.pop("use_only_saved_ap", UNSET)

        wifi_state = d.pop("wifi_state", UNSET)

        device_settings = cls(
            adb_enabled=adb_enabled,
            adb_timeout=adb_timeout,
            audio_settings=audio_settings,
            bluetooth_state=bluetooth_state,
            brightness_scale=brightness_scale,
            gps_state=gps_state,
            remote_adb_enabled=remote_adb_enabled,
            remote_adb_ip=remote_adb_ip,
            remote_adb_port=remote_adb_port,
            rotation_state=rotation_state,
            screen_off_timeout=screen_off_timeout,
            use_only_saved_ap=use_only_saved_ap,
            wifi_state=wifi_state,
        )

        device_settings.additional_properties = d
        return device_settings

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
def _nested_models() -> tuple[type[DeviceSettingsAudioSettings],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.device_settings_audio_settings import DeviceSettingsAudioSettings  # noqa: PLC0415

    return (DeviceSettingsAudioSettings,)
