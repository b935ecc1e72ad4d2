from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="WindowsSettings")


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

    def to_dict(self) -> dict[str, Any]:
        active_hours_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_hours_settings, Unset):
            active_hours_settings = self.active_hours_settings.to_dict()

        apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = []
            for componentsschemaswindows_apps_item_data in self.apps:
                componentsschemaswindows_apps_item = componentsschemaswindows_apps_item_data.to_dict()
                apps.append(componentsschemaswindows_apps_item)

        auto_update_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_update_settings, Unset):
            auto_update_settings = self.auto_update_settings.to_dict()

        bluetooth_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bluetooth_settings, Unset):
            bluetooth_settings = self.bluetooth_settings.to_dict()

        camera_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.camera_settings, Unset):
            camera_settings = self.camera_settings.to_dict()

        custom_shell_scripts_multiple: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_shell_scripts_multiple, Unset):
            custom_shell_scripts_multiple = self.custom_shell_scripts_multiple.to_dict()

        defer_os_updates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defer_os_updates, Unset):
            defer_os_updates = self.defer_os_updates.to_dict()

        device_mode_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_mode_settings, Unset):
            device_mode_settings = self.device_mode_settings.to_dict()

        factory_reset_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.factory_reset_settings, Unset):
            factory_reset_settings = self.factory_reset_settings.to_dict()

        kiosk_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kiosk_settings, Unset):
            kiosk_settings = self.kiosk_settings.to_dict()

        pause_os_updates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pause_os_updates, Unset):
            pause_os_updates = self.pause_os_updates.to_dict()

        timezone_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timezone_settings, Unset):
            timezone_settings = self.timezone_settings.to_dict()

        unenrollment_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unenrollment_settings, Unset):
            unenrollment_settings = self.unenrollment_settings.to_dict()

        wallpaper_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wallpaper_settings, Unset):
            wallpaper_settings = self.wallpaper_settings.to_dict()

        wifi_networks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wifi_networks, Unset):
            wifi_networks = []
            for componentsschemaswifi_networks_windows_item_data in self.wifi_networks:
                componentsschemaswifi_networks_windows_item = componentsschemaswifi_networks_windows_item_data.to_dict()
                wifi_networks.append(componentsschemaswifi_networks_windows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_hours_settings is not UNSET:
            field_dict["active_hours_settings"] = active_hours_settings
        if apps is not UNSET:
            field_dict["apps"] = apps
        if auto_update_settings is not UNSET:
            field_dict["auto_update_settings"] = auto_update_settings
        if bluetooth_settings is not UNSET:
            field_dict["bluetooth_settings"] = bluetooth_settings
        if camera_settings is not UNSET:
            field_dict["camera_settings"] = camera_settings
        if custom_shell_scripts_multiple is not UNSET:
            field_dict["custom_shell_scripts_multiple"] = custom_shell_scripts_multiple
        if defer_os_updates is not UNSET:
            field_dict["defer_os_updates"] = defer_os_updates
        if device_mode_settings is not UNSET:
            field_dict["device_mode_settings"] = device_mode_settings
        if factory_reset_settings is not UNSET:
            field_dict["factory_reset_settings"] = factory_reset_settings
        if kiosk_settings is not UNSET:
            field_dict["kiosk_settings"] = kiosk_settings
        if pause_os_updates is not UNSET:
            field_dict["pause_os_updates"] = pause_os_updates
        if timezone_settings is not UNSET:
            field_dict["timezone_settings"] = timezone_settings
        if unenrollment_settings is not UNSET:
            field_dict["unenrollment_settings"] = unenrollment_settings
        if wallpaper_settings is not UNSET:
            field_dict["wallpaper_settings"] = wallpaper_settings
        if wifi_networks is not UNSET:
            field_dict["wifi_networks"] = wifi_networks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            ActiveHoursSettingsWindows,
            AutoUpdateSettingsWindows,
            BluetoothSettings,
            CameraSettings,
            CustomShellScriptsMultipleWindows,
            DeferOsUpdatesWindows,
            DeviceModeSettings,
            FactoryResetSettings,
            PauseOsUpdatesWindows,
            TimezoneSettings,
            UnenrollmentSettingsWindows,
            WifiNetworkWindows,
            WindowsApp,
            WindowsKioskSettings,
            WindowsWallpaperSettings,
        ) = _nested_models()

        d = dict(src_dict)
        _active_hours_settings = d.pop("active_hours_settings", UNSET)
        active_hours_settings: ActiveHoursSettingsWindows | Unset
        if isinstance(_active_hours_settings, Unset):
            active_hours_settings = UNSET
        else:
            active_hours_settings = ActiveHoursSettingsWindows.from_dict(_active_hours_settings)

        _apps = d.pop("apps", UNSET)
        apps: list[WindowsApp] | Unset = UNSET
        if _apps is not UNSET:
            apps = []
            for componentsschemaswindows_apps_item_data in _apps:
                componentsschemaswindows_apps_item = WindowsApp.from_dict(componentsschemaswindows_apps_item_data)

                apps.append(componentsschemaswindows_apps_item)

        _auto_update_settings = d.pop("auto_update_settings", UNSET)
        auto_update_settings: AutoUpdateSettingsWindows | Unset
        if isinstance(_auto_update_settings, Unset):
            auto_update_settings = UNSET
        else:
            auto_update_settings = AutoUpdateSettingsWindows.from_dict(_auto_update_settings)

        _bluetooth_settings = d.pop("bluetooth_settings", UNSET)
        bluetooth_settings: BluetoothSettings | Unset
        if isinstance(_bluetooth_settings, Unset):
            bluetooth_settings = UNSET
        else:
            bluetooth_settings = BluetoothSettings.from_dict(_bluetooth_settings)

        _camera_settings = d.pop("camera_settings", UNSET)
        camera_settings: CameraSettings | Unset
        if isinstance(_camera_settings, Unset):
            camera_settings = UNSET
        else:
            camera_settings = CameraSettings.from_dict(_camera_settings)

        _custom_shell_scripts_multiple = d.pop("custom_shell_scripts_multiple", UNSET)
        custom_shell_scripts_multiple: CustomShellScriptsMultipleWindows | Unset
        if isinstance(_custom_shell_scripts_multiple, Unset):
            custom_shell_scripts_multiple = UNSET
        else:
            custom_shell_scripts_multiple = CustomShellScriptsMultipleWindows.from_dict(_custom_shell_scripts_multiple)

        _defer_os_updates = d.pop("defer_os_updates", UNSET)
        defer_os_updates: DeferOsUpdatesWindows | Unset
        if isinstance(_defer_os_updates, Unset):
            defer_os_updates = UNSET
        else:
            defer_os_updates = DeferOsUpdatesWindows.from_dict(_defer_os_updates)

        _device_mode_settings = d.pop("device_mode_settings", UNSET)
        device_mode_settings: DeviceModeSettings | Unset
        if isinstance(_device_mode_settings, Unset):
            device_mode_settings = UNSET
        else:
            device_mode_settings = DeviceModeSettings.from_dict(_device_mode_settings)

        _factory_reset_settings = d.pop("factory_reset_settings", UNSET)
        factory_reset_settings: FactoryResetSettings | Unset
        if isinstance(_factory_reset_settings, Unset):
            factory_reset_settings = UNSET
        else:
            factory_reset_settings = FactoryResetSettings.from_dict(_factory_reset_settings)

        _kiosk_settings = d.pop("kiosk_settings", UNSET)
        kiosk_settings: WindowsKioskSettings | Unset
        if isinstance(_kiosk_settings, Unset):
            kiosk_settings = UNSET
        else:
            kiosk_settings = WindowsKioskSettings.from_dict(_kiosk_settings)

        _pause_os_updates = d.pop("pause_os_updates", UNSET)
        pause_os_updates: PauseOsUpdatesWindows | Unset
        if isinstance(_pause_os_updates, Unset):
            pause_os_updates = UNSET
        else:
            pause_os_updates = PauseOsUpdatesWindows.from_dict(_pause_os_updates)

        _timezone_settings = d.pop("timezone_settings", UNSET)
        timezone_settings: TimezoneSettings | Unset
        if isinstance(_timezone_settings, Unset):
            timezone_settings = UNSET
        else:
            timezone_settings = TimezoneSettings.from_dict(_timezone_settings)

        _unenrollment_settings = d.pop("unenrollment_settings", UNSET)
        unenrollment_settings: UnenrollmentSettingsWindows | Unset
        if isinstance(_unenrollment_settings, Unset):
            unenrollment_settings = UNSET
        else:
            unenrollment_settings = UnenrollmentSettingsWindows.from_dict(_unenrollment_settings)

        _wallpaper_settings = d.pop("wallpaper_settings", UNSET)
        wallpaper_settings: WindowsWallpaperSettings | Unset
        if isinstance(_wallpaper_settings, Unset):
            wallpaper_settings = UNSET
        else:
            wallpaper_settings = WindowsWallpaperSettings.from_dict(_wallpaper_settings)

        _wifi_networks = d.pop("wifi_networks", UNSET)
        wifi_networks: list[WifiNetworkWindows] | Unset = UNSET
        if _wifi_networks is not UNSET:
            wifi_networks = []
            for componentsschemaswifi_networks_windows_item_data in _wifi_networks:
                componentsschemaswifi_networks_windows_item = WifiNetworkWindows.from_dict(
                    componentsschemaswifi_networks_windows_item_data
                )

                wifi_networks.append(componentsschemaswifi_networks_windows_item)

        windows_settings = cls(
            active_hours_settings=active_hours_settings,
            apps=apps,
            auto_update_settings=auto_update_settings,
            bluetooth_settings=bluetooth_settings,
            camera_settings=camera_settings,
            custom_shell_scripts_multiple=custom_shell_scripts_multiple,
            defer_os_updates=defer_os_updates,
            device_mode_settings=device_mode_settings,
            factory_reset_settings=factory_reset_settings,
            kiosk_settings=kiosk_settings,
            pause_os_updates=pause_os_updates,
            timezone_settings=timezone_settings,
            unenrollment_settings=unenrollment_settings,
            wallpaper_settings=wallpaper_settings,
            wifi_networks=wifi_networks,
        )

        windows_settings.additional_properties = d
        return windows_settings

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
def _nested_models() -> tuple[
    type[ActiveHoursSettingsWindows],
    type[AutoUpdateSettingsWindows],
    type[BluetoothSettings],
    type[CameraSettings],
    type[CustomShellScriptsMultipleWindows],
    type[DeferOsUpdatesWindows],
    type[DeviceModeSettings],
    type[FactoryResetSettings],
    type[PauseOsUpdatesWindows],
    type[TimezoneSettings],
    type[UnenrollmentSettingsWindows],
    type[WifiNetworkWindows],
    type[WindowsApp],
    type[WindowsKioskSettings],
    type[WindowsWallpaperSettings],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
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
        ActiveHoursSettingsWindows,
        AutoUpdateSettingsWindows,
        BluetoothSettings,
        CameraSettings,
        CustomShellScriptsMultipleWindows,
        DeferOsUpdatesWindows,
        DeviceModeSettings,
        FactoryResetSettings,
        PauseOsUpdatesWindows,
        TimezoneSettings,
        UnenrollmentSettingsWindows,
        WifiNetworkWindows,
        WindowsApp,
        WindowsKioskSettings,
        WindowsWallpaperSettings,
    )
