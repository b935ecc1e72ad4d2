from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adb_settings import AdbSettings
    from ..models.android_settings_app_settings import AndroidSettingsAppSettings
    from ..models.app import App
    from ..models.app_layout_setting import AppLayoutSetting
    from ..models.app_order_setting import AppOrderSetting
    from ..models.app_permission_policy_settings import AppPermissionPolicySettings
    from ..models.app_uninstall_settings import AppUninstallSettings
    from ..models.bluetooth_settings import BluetoothSettings
    from ..models.brightness_settings import BrightnessSettings
    from ..models.camera_settings import CameraSettings
    from ..models.customized_device_level_json_settings import CustomizedDeviceLevelJsonSettings
    from ..models.device_mode_settings import DeviceModeSettings
    from ..models.esper_edgebox_settings import EsperEdgeboxSettings
    from ..models.esper_settings_apps_settings import EsperSettingsAppsSettings
    from ..models.ethernet_settings import EthernetSettings
    from ..models.external_device_settings import ExternalDeviceSettings
    from ..models.factory_reset_settings import FactoryResetSettings
    from ..models.file import File
    from ..models.file_transfer_settings import FileTransferSettings
    from ..models.google_services_settings import GoogleServicesSettings
    from ..models.incoming_numbers_settings import IncomingNumbersSettings
    from ..models.language_settings import LanguageSettings
    from ..models.launcher_settings import LauncherSettings
    from ..models.local_app_install_settings import LocalAppInstallSettings
    from ..models.location_settings import LocationSettings
    from ..models.lock_screen_settings import LockScreenSettings
    from ..models.mac_address_randomization_settings import MacAddressRandomizationSettings
    from ..models.nfc_settings import NfcSettings
    from ..models.notification_bar_settings import NotificationBarSettings
    from ..models.outgoing_numbers_settings import OutgoingNumbersSettings
    from ..models.safe_boot_settings import SafeBootSettings
    from ..models.saved_ap_settings import SavedApSettings
    from ..models.screen_orientation_settings import ScreenOrientationSettings
    from ..models.screen_timeout_settings import ScreenTimeoutSettings
    from ..models.screenshot_settings import ScreenshotSettings
    from ..models.sms_settings import SmsSettings
    from ..models.sound_settings import SoundSettings
    from ..models.strict_app_synchronization_settings import StrictAppSynchronizationSettings
    from ..models.strict_wifi_synchronization_settings import StrictWifiSynchronizationSettings
    from ..models.system_updates_settings import SystemUpdatesSettings
    from ..models.time_date_settings import TimeDateSettings
    from ..models.timezone_settings import TimezoneSettings
    from ..models.usb_tethering_settings import UsbTetheringSettings
    from ..models.wallpaper_settings import WallpaperSettings
    from ..models.wifi_network import WifiNetwork
    from ..models.wifi_settings import WifiSettings


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """Settings's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.adb_settings import AdbSettings  # noqa: PLC0415
    from ..models.android_settings_app_settings import AndroidSettingsAppSettings  # noqa: PLC0415
    from ..models.app import App  # noqa: PLC0415
    from ..models.app_layout_setting import AppLayoutSetting  # noqa: PLC0415
    from ..models.app_order_setting import AppOrderSetting  # noqa: PLC0415
    from ..models.app_permission_policy_settings import AppPermissionPolicySettings  # noqa: PLC0415
    from ..models.app_uninstall_settings import AppUninstallSettings  # noqa: PLC0415
    from ..models.bluetooth_settings import BluetoothSettings  # noqa: PLC0415
    from ..models.brightness_settings import BrightnessSettings  # noqa: PLC0415
    from ..models.camera_settings import CameraSettings  # noqa: PLC0415
    from ..models.customized_device_level_json_settings import CustomizedDeviceLevelJsonSettings  # noqa: PLC0415
    from ..models.device_mode_settings import DeviceModeSettings  # noqa: PLC0415
    from ..models.esper_edgebox_settings import EsperEdgeboxSettings  # noqa: PLC0415
    from ..models.esper_settings_apps_settings import EsperSettingsAppsSettings  # noqa: PLC0415
    from ..models.ethernet_settings import EthernetSettings  # noqa: PLC0415
    from ..models.external_device_settings import ExternalDeviceSettings  # noqa: PLC0415
    from ..models.factory_reset_settings import FactoryResetSettings  # noqa: PLC0415
    from ..models.file import File  # noqa: PLC0415
    from ..models.file_transfer_settings import FileTransferSettings  # noqa: PLC0415
    from ..models.google_services_settings import GoogleServicesSettings  # noqa: PLC0415
    from ..models.incoming_numbers_settings import IncomingNumbersSettings  # noqa: PLC0415
    from ..models.language_settings import LanguageSettings  # noqa: PLC0415
    from ..models.launcher_settings import LauncherSettings  # noqa: PLC0415
    from ..models.local_app_install_settings import LocalAppInstallSettings  # noqa: PLC0415
    from ..models.location_settings import LocationSettings  # noqa: PLC0415
    from ..models.lock_screen_settings import LockScreenSettings  # noqa: PLC0415
    from ..models.mac_address_randomization_settings import MacAddressRandomizationSettings  # noqa: PLC0415
    from ..models.nfc_settings import NfcSettings  # noqa: PLC0415
    from ..models.notification_bar_settings import NotificationBarSettings  # noqa: PLC0415
    from ..models.outgoing_numbers_settings import OutgoingNumbersSettings  # noqa: PLC0415
    from ..models.safe_boot_settings import SafeBootSettings  # noqa: PLC0415
    from ..models.saved_ap_settings import SavedApSettings  # noqa: PLC0415
    from ..models.screen_orientation_settings import ScreenOrientationSettings  # noqa: PLC0415
    from ..models.screen_timeout_settings import ScreenTimeoutSettings  # noqa: PLC0415
    from ..models.screenshot_settings import ScreenshotSettings  # noqa: PLC0415
    from ..models.sms_settings import SmsSettings  # noqa: PLC0415
    from ..models.sound_settings import SoundSettings  # noqa: PLC0415
    from ..models.strict_app_synchronization_settings import StrictAppSynchronizationSettings  # noqa: PLC0415
    from ..models.strict_wifi_synchronization_settings import StrictWifiSynchronizationSettings  # noqa: PLC0415
    from ..models.system_updates_settings import SystemUpdatesSettings  # noqa: PLC0415
    from ..models.time_date_settings import TimeDateSettings  # noqa: PLC0415
    from ..models.timezone_settings import TimezoneSettings  # noqa: PLC0415
    from ..models.usb_tethering_settings import UsbTetheringSettings  # noqa: PLC0415
    from ..models.wallpaper_settings import WallpaperSettings  # noqa: PLC0415
    from ..models.wifi_network import WifiNetwork  # noqa: PLC0415
    from ..models.wifi_settings import WifiSettings  # noqa: PLC0415

    return (
        (
            _rt.Field("adb_settings", "adb_settings", _rt.model(AdbSettings)),
            _rt.Field(
                "android_settings_app_settings", "android_settings_app_settings", _rt.model(AndroidSettingsAppSettings)
            ),
            _rt.Field("app_layout_setting", "app_layout_setting", _rt.model(AppLayoutSetting)),
            _rt.Field("app_order_setting", "app_order_setting", _rt.model(AppOrderSetting)),
            _rt.Field(
                "app_permission_policy_settings",
                "app_permission_policy_settings",
                _rt.model(AppPermissionPolicySettings),
            ),
            _rt.Field("app_uninstall_settings", "app_uninstall_settings", _rt.model(AppUninstallSettings)),
            _rt.Field("apps", "apps", _rt.list_of(_rt.model(App))),
            _rt.Field("bluetooth_settings", "bluetooth_settings", _rt.model(BluetoothSettings)),
            _rt.Field("brightness_settings", "brightness_settings", _rt.model(BrightnessSettings)),
            _rt.Field("camera_settings", "camera_settings", _rt.model(CameraSettings)),
            _rt.Field(
                "customized_device_level_json_settings",
                "customized_device_level_json_settings",
                _rt.model(CustomizedDeviceLevelJsonSettings),
            ),
            _rt.Field("device_mode_settings", "device_mode_settings", _rt.model(DeviceModeSettings)),
            _rt.Field("esper_edgebox_settings", "esper_edgebox_settings", _rt.model(EsperEdgeboxSettings)),
            _rt.Field(
                "esper_settings_apps_settings", "esper_settings_apps_settings", _rt.model(EsperSettingsAppsSettings)
            ),
            _rt.Field("ethernet_settings", "ethernet_settings", _rt.model(EthernetSettings)),
            _rt.Field("external_device_settings", "external_device_settings", _rt.model(ExternalDeviceSettings)),
            _rt.Field("factory_reset_settings", "factory_reset_settings", _rt.model(FactoryResetSettings)),
            _rt.Field("file_transfer_settings", "file_transfer_settings", _rt.model(FileTransferSettings)),
            _rt.Field("files", "files", _rt.list_of(_rt.model(File))),
            _rt.Field("google_services_settings", "google_services_settings", _rt.model(GoogleServicesSettings)),
            _rt.Field("incoming_numbers_settings", "incoming_numbers_settings", _rt.model(IncomingNumbersSettings)),
            _rt.Field("language_settings", "language_settings", _rt.model(LanguageSettings)),
            _rt.Field("launcher_settings", "launcher_settings", _rt.model(LauncherSettings)),
            _rt.Field("local_app_install_settings", "local_app_install_settings", _rt.model(LocalAppInstallSettings)),
            _rt.Field("location_settings", "location_settings", _rt.model(LocationSettings)),
            _rt.Field("lock_screen_settings", "lock_screen_settings", _rt.model(LockScreenSettings)),
            _rt.Field(
                "mac_address_randomization_settings",
                "mac_address_randomization_settings",
                _rt.model(MacAddressRandomizationSettings),
            ),
            _rt.Field("nfc_settings", "nfc_settings", _rt.model(NfcSettings)),
            _rt.Field("notification_bar_settings", "notification_bar_settings", _rt.model(NotificationBarSettings)),
            _rt.Field("outgoing_numbers_settings", "outgoing_numbers_settings", _rt.model(OutgoingNumbersSettings)),
            _rt.Field("safe_boot_settings", "safe_boot_settings", _rt.model(SafeBootSettings)),
            _rt.Field("saved_ap_settings", "saved_ap_settings", _rt.model(SavedApSettings)),
            _rt.Field(
                "screen_orientation_settings", "screen_orientation_settings", _rt.model(ScreenOrientationSettings)
            ),
            _rt.Field("screen_timeout_settings", "screen_timeout_settings", _rt.model(ScreenTimeoutSettings)),
            _rt.Field("screenshot_settings", "screenshot_settings", _rt.model(ScreenshotSettings)),
            _rt.Field("sms_settings", "sms_settings", _rt.model(SmsSettings)),
            _rt.Field("sound_settings", "sound_settings", _rt.model(SoundSettings)),
            _rt.Field(
                "strict_app_synchronization_settings",
                "strict_app_synchronization_settings",
                _rt.model(StrictAppSynchronizationSettings),
            ),
            _rt.Field(
                "strict_wifi_synchronization_settings",
                "strict_wifi_synchronization_settings",
                _rt.model(StrictWifiSynchronizationSettings),
            ),
            _rt.Field("system_updates_settings", "system_updates_settings", _rt.model(SystemUpdatesSettings)),
            _rt.Field("time_date_settings", "time_date_settings", _rt.model(TimeDateSettings)),
            _rt.Field("timezone_settings", "timezone_settings", _rt.model(TimezoneSettings)),
            _rt.Field("usb_tethering_settings", "usb_tethering_settings", _rt.model(UsbTetheringSettings)),
            _rt.Field("wallpaper_settings", "wallpaper_settings", _rt.model(WallpaperSettings)),
            _rt.Field("wifi_networks", "wifi_networks", _rt.list_of(_rt.model(WifiNetwork))),
            _rt.Field("wifi_settings", "wifi_settings", _rt.model(WifiSettings)),
        ),
        _rt.ANY,
    )


@_attrs_define
class Settings:
    """
    Attributes:
        adb_settings (AdbSettings | Unset):
        android_settings_app_settings (AndroidSettingsAppSettings | Unset):
        app_layout_setting (AppLayoutSetting | Unset):
        app_order_setting (AppOrderSetting | Unset):
        app_permission_policy_settings (AppPermissionPolicySettings | Unset):
        app_uninstall_settings (AppUninstallSettings | Unset):
        apps (list[App] | Unset):
        bluetooth_settings (BluetoothSettings | Unset):
        brightness_settings (BrightnessSettings | Unset):
        camera_settings (CameraSettings | Unset):
        customized_device_level_json_settings (CustomizedDeviceLevelJsonSettings | Unset):
        device_mode_settings (DeviceModeSettings | Unset):
        esper_edgebox_settings (EsperEdgeboxSettings | Unset):
        esper_settings_apps_settings (EsperSettingsAppsSettings | Unset):
        ethernet_settings (EthernetSettings | Unset):
        external_device_settings (ExternalDeviceSettings | Unset):
        factory_reset_settings (FactoryResetSettings | Unset):
        file_transfer_settings (FileTransferSettings | Unset):
        files (list[File] | Unset):
        google_services_settings (GoogleServicesSettings | Unset):
        incoming_numbers_settings (IncomingNumbersSettings | Unset):
        language_settings (LanguageSettings | Unset):
        launcher_settings (LauncherSettings | Unset):
        local_app_install_settings (LocalAppInstallSettings | Unset):
        location_settings (LocationSettings | Unset):
        lock_screen_settings (LockScreenSettings | Unset):
        mac_address_randomization_settings (MacAddressRandomizationSettings | Unset):
        nfc_settings (NfcSettings | Unset):
        notification_bar_settings (NotificationBarSettings | Unset):
        outgoing_numbers_settings (OutgoingNumbersSettings | Unset):
        safe_boot_settings (SafeBootSettings | Unset):
        saved_ap_settings (SavedApSettings | Unset):
        screen_orientation_settings (ScreenOrientationSettings | Unset):
        screen_timeout_settings (ScreenTimeoutSettings | Unset):
        screenshot_settings (ScreenshotSettings | Unset):
        sms_settings (SmsSettings | Unset):
        sound_settings (SoundSettings | Unset):
        strict_app_synchronization_settings (StrictAppSynchronizationSettings | Unset):
        strict_wifi_synchronization_settings (StrictWifiSynchronizationSettings | Unset):
        system_updates_settings (SystemUpdatesSettings | Unset):
        time_date_settings (TimeDateSettings | Unset):
        timezone_settings (TimezoneSettings | Unset):
        usb_tethering_settings (UsbTetheringSettings | Unset):
        wallpaper_settings (WallpaperSettings | Unset):
        wifi_networks (list[WifiNetwork] | Unset):
        wifi_settings (WifiSettings | Unset):
    """

    adb_settings: AdbSettings | Unset = UNSET
    android_settings_app_settings: AndroidSettingsAppSettings | Unset = UNSET
    app_layout_setting: AppLayoutSetting | Unset = UNSET
    app_order_setting: AppOrderSetting | Unset = UNSET
    app_permission_policy_settings: AppPermissionPolicySettings | Unset = UNSET
    app_uninstall_settings: AppUninstallSettings | Unset = UNSET
    apps: list[App] | Unset = UNSET
    bluetooth_settings: BluetoothSettings | Unset = UNSET
    brightness_settings: BrightnessSettings | Unset = UNSET
    camera_settings: CameraSettings | Unset = UNSET
    customized_device_level_json_settings: CustomizedDeviceLevelJsonSettings | Unset = UNSET
    device_mode_settings: DeviceModeSettings | Unset = UNSET
    esper_edgebox_settings: EsperEdgeboxSettings | Unset = UNSET
    esper_settings_apps_settings: EsperSettingsAppsSettings | Unset = UNSET
    ethernet_settings: EthernetSettings | Unset = UNSET
    external_device_settings: ExternalDeviceSettings | Unset = UNSET
    factory_reset_settings: FactoryResetSettings | Unset = UNSET
    file_transfer_settings: FileTransferSettings | Unset = UNSET
    files: list[File] | Unset = UNSET
    google_services_settings: GoogleServicesSettings | Unset = UNSET
    incoming_numbers_settings: IncomingNumbersSettings | Unset = UNSET
    language_settings: LanguageSettings | Unset = UNSET
    launcher_settings: LauncherSettings | Unset = UNSET
    local_app_install_settings: LocalAppInstallSettings | Unset = UNSET
    location_settings: LocationSettings | Unset = UNSET
    lock_screen_settings: LockScreenSettings | Unset = UNSET
    mac_address_randomization_settings: MacAddressRandomizationSettings | Unset = UNSET
    nfc_settings: NfcSettings | Unset = UNSET
    notification_bar_settings: NotificationBarSettings | Unset = UNSET
    outgoing_numbers_settings: OutgoingNumbersSettings | Unset = UNSET
    safe_boot_settings: SafeBootSettings | Unset = UNSET
    saved_ap_settings: SavedApSettings | Unset = UNSET
    screen_orientation_settings: ScreenOrientationSettings | Unset = UNSET
    screen_timeout_settings: ScreenTimeoutSettings | Unset = UNSET
    screenshot_settings: ScreenshotSettings | Unset = UNSET
    sms_settings: SmsSettings | Unset = UNSET
    sound_settings: SoundSettings | Unset = UNSET
    strict_app_synchronization_settings: StrictAppSynchronizationSettings | Unset = UNSET
    strict_wifi_synchronization_settings: StrictWifiSynchronizationSettings | Unset = UNSET
    system_updates_settings: SystemUpdatesSettings | Unset = UNSET
    time_date_settings: TimeDateSettings | Unset = UNSET
    timezone_settings: TimezoneSettings | Unset = UNSET
    usb_tethering_settings: UsbTetheringSettings | Unset = UNSET
    wallpaper_settings: WallpaperSettings | Unset = UNSET
    wifi_networks: list[WifiNetwork] | Unset = UNSET
    wifi_settings: WifiSettings | Unset = UNSET
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
