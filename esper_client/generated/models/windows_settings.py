from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_hours_settings_windows import ActiveHoursSettingsWindows
    from ..models.auto_update_settings_windows import AutoUpdateSettingsWindows
    from ..models.bluetooth_settings import BluetoothSettings
    from ..models.camera_settings import CameraSettings
    from ..models.custom_shell_scripts_multiple_windows import CustomShellScriptsMultipleWindows
    from ..models.defer_os_updates_windows import DeferOsUpdatesWindows
    from ..models.device_mode_settings import DeviceModeSettings
    from ..models.factory_reset_settings import FactoryResetSettings
    from ..models.pause_os_updates_windows import PauseOsUpdatesWindows
    from ..models.timezone_settings import TimezoneSettings
    from ..models.unenrollment_settings_windows import UnenrollmentSettingsWindows
    from ..models.wifi_network_windows import WifiNetworkWindows
    from ..models.windows_app import WindowsApp
    from ..models.windows_kiosk_settings import WindowsKioskSettings
    from ..models.windows_wallpaper_settings import WindowsWallpaperSettings


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """WindowsSettings's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.active_hours_settings_windows import ActiveHoursSettingsWindows  # noqa: PLC0415
    from ..models.auto_update_settings_windows import AutoUpdateSettingsWindows  # noqa: PLC0415
    from ..models.bluetooth_settings import BluetoothSettings  # noqa: PLC0415
    from ..models.camera_settings import CameraSettings  # noqa: PLC0415
    from ..models.custom_shell_scripts_multiple_windows import CustomShellScriptsMultipleWindows  # noqa: PLC0415
    from ..models.defer_os_updates_windows import DeferOsUpdatesWindows  # noqa: PLC0415
    from ..models.device_mode_settings import DeviceModeSettings  # noqa: PLC0415
    from ..models.factory_reset_settings import FactoryResetSettings  # noqa: PLC0415
    from ..models.pause_os_updates_windows import PauseOsUpdatesWindows  # noqa: PLC0415
    from ..models.timezone_settings import TimezoneSettings  # noqa: PLC0415
    from ..models.unenrollment_settings_windows import UnenrollmentSettingsWindows  # noqa: PLC0415
    from ..models.wifi_network_windows import WifiNetworkWindows  # noqa: PLC0415
    from ..models.windows_app import WindowsApp  # noqa: PLC0415
    from ..models.windows_kiosk_settings import WindowsKioskSettings  # noqa: PLC0415
    from ..models.windows_wallpaper_settings import WindowsWallpaperSettings  # noqa: PLC0415

    return (
        (
            _rt.Field("active_hours_settings", "active_hours_settings", _rt.model(ActiveHoursSettingsWindows)),
            _rt.Field("apps", "apps", _rt.list_of(_rt.model(WindowsApp))),
            _rt.Field("auto_update_settings", "auto_update_settings", _rt.model(AutoUpdateSettingsWindows)),
            _rt.Field("bluetooth_settings", "bluetooth_settings", _rt.model(BluetoothSettings)),
            _rt.Field("camera_settings", "camera_settings", _rt.model(CameraSettings)),
            _rt.Field(
                "custom_shell_scripts_multiple",
                "custom_shell_scripts_multiple",
                _rt.model(CustomShellScriptsMultipleWindows),
            ),
            _rt.Field("defer_os_updates", "defer_os_updates", _rt.model(DeferOsUpdatesWindows)),
            _rt.Field("device_mode_settings", "device_mode_settings", _rt.model(DeviceModeSettings)),
            _rt.Field("factory_reset_settings", "factory_reset_settings", _rt.model(FactoryResetSettings)),
            _rt.Field("kiosk_settings", "kiosk_settings", _rt.model(WindowsKioskSettings)),
            _rt.Field("pause_os_updates", "pause_os_updates", _rt.model(PauseOsUpdatesWindows)),
            _rt.Field("timezone_settings", "timezone_settings", _rt.model(TimezoneSettings)),
            _rt.Field("unenrollment_settings", "unenrollment_settings", _rt.model(UnenrollmentSettingsWindows)),
            _rt.Field("wallpaper_settings", "wallpaper_settings", _rt.model(WindowsWallpaperSettings)),
            _rt.Field("wifi_networks", "wifi_networks", _rt.list_of(_rt.model(WifiNetworkWindows))),
        ),
        _rt.ANY,
    )


@_attrs_define
class WindowsSettings:
    """
    Attributes:
        active_hours_settings (ActiveHoursSettingsWindows | Unset):
        apps (list[WindowsApp] | Unset):
        auto_update_settings (AutoUpdateSettingsWindows | Unset):
        bluetooth_settings (BluetoothSettings | Unset):
        camera_settings (CameraSettings | Unset):
        custom_shell_scripts_multiple (CustomShellScriptsMultipleWindows | Unset):
        defer_os_updates (DeferOsUpdatesWindows | Unset):
        device_mode_settings (DeviceModeSettings | Unset):
        factory_reset_settings (FactoryResetSettings | Unset):
        kiosk_settings (WindowsKioskSettings | Unset):
        pause_os_updates (PauseOsUpdatesWindows | Unset):
        timezone_settings (TimezoneSettings | Unset):
        unenrollment_settings (UnenrollmentSettingsWindows | Unset):
        wallpaper_settings (WindowsWallpaperSettings | Unset):
        wifi_networks (list[WifiNetworkWindows] | Unset):
    """

    active_hours_settings: ActiveHoursSettingsWindows | Unset = UNSET
    apps: list[WindowsApp] | Unset = UNSET
    auto_update_settings: AutoUpdateSettingsWindows | Unset = UNSET
    bluetooth_settings: BluetoothSettings | Unset = UNSET
    camera_settings: CameraSettings | Unset = UNSET
    custom_shell_scripts_multiple: CustomShellScriptsMultipleWindows | Unset = UNSET
    defer_os_updates: DeferOsUpdatesWindows | Unset = UNSET
    device_mode_settings: DeviceModeSettings | Unset = UNSET
    factory_reset_settings: FactoryResetSettings | Unset = UNSET
    kiosk_settings: WindowsKioskSettings | Unset = UNSET
    pause_os_updates: PauseOsUpdatesWindows | Unset = UNSET
    timezone_settings: TimezoneSettings | Unset = UNSET
    unenrollment_settings: UnenrollmentSettingsWindows | Unset = UNSET
    wallpaper_settings: WindowsWallpaperSettings | Unset = UNSET
    wifi_networks: list[WifiNetworkWindows] | Unset = UNSET
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
