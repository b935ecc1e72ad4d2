from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="Settings")


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

    def to_dict(self) -> dict[str, Any]:
        adb_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adb_settings, Unset):
            adb_settings = self.adb_settings.to_dict()

        android_settings_app_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android_settings_app_settings, Unset):
            android_settings_app_settings = self.android_settings_app_settings.to_dict()

        app_layout_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_layout_setting, Unset):
            app_layout_setting = self.app_layout_setting.to_dict()

        app_order_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_order_setting, Unset):
            app_order_setting = self.app_order_setting.to_dict()

        app_permission_policy_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_permission_policy_settings, Unset):
            app_permission_policy_settings = self.app_permission_policy_settings.to_dict()

        app_uninstall_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_uninstall_settings, Unset):
            app_uninstall_settings = self.app_uninstall_settings.to_dict()

        apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = []
            for componentsschemasapps_item_data in self.apps:
                componentsschemasapps_item = componentsschemasapps_item_data.to_dict()
                apps.append(componentsschemasapps_item)

        bluetooth_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bluetooth_settings, Unset):
            bluetooth_settings = self.bluetooth_settings.to_dict()

        brightness_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brightness_settings, Unset):
            brightness_settings = self.brightness_settings.to_dict()

        camera_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.camera_settings, Unset):
            camera_settings = self.camera_settings.to_dict()

        customized_device_level_json_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customized_device_level_json_settings, Unset):
            customized_device_level_json_settings = self.customized_device_level_json_settings.to_dict()

        device_mode_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_mode_settings, Unset):
            device_mode_settings = self.device_mode_settings.to_dict()

        esper_edgebox_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.esper_edgebox_settings, Unset):
            esper_edgebox_settings = self.esper_edgebox_settings.to_dict()

        esper_settings_apps_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.esper_settings_apps_settings, Unset):
            esper_settings_apps_settings = self.esper_settings_apps_settings.to_dict()

        ethernet_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ethernet_settings, Unset):
            ethernet_settings = self.ethernet_settings.to_dict()

        external_device_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_device_settings, Unset):
            external_device_settings = self.external_device_settings.to_dict()

        factory_reset_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.factory_reset_settings, Unset):
            factory_reset_settings = self.factory_reset_settings.to_dict()

        file_transfer_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_transfer_settings, Unset):
            file_transfer_settings = self.file_transfer_settings.to_dict()

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for componentsschemasfiles_item_data in self.files:
                componentsschemasfiles_item = componentsschemasfiles_item_data.to_dict()
                files.append(componentsschemasfiles_item)

        google_services_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_services_settings, Unset):
            google_services_settings = self.google_services_settings.to_dict()

        incoming_numbers_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.incoming_numbers_settings, Unset):
            incoming_numbers_settings = self.incoming_numbers_settings.to_dict()

        language_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language_settings, Unset):
            language_settings = self.language_settings.to_dict()

        launcher_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.launcher_settings, Unset):
            launcher_settings = self.launcher_settings.to_dict()

        local_app_install_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local_app_install_settings, Unset):
            local_app_install_settings = self.local_app_install_settings.to_dict()

        location_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_settings, Unset):
            location_settings = self.location_settings.to_dict()

        lock_screen_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lock_screen_settings, Unset):
            lock_screen_settings = self.lock_screen_settings.to_dict()

        mac_address_randomization_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mac_address_randomization_settings, Unset):
            mac_address_randomization_settings = self.mac_address_randomization_settings.to_dict()

        nfc_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nfc_settings, Unset):
            nfc_settings = self.nfc_settings.to_dict()

        notification_bar_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_bar_settings, Unset):
            notification_bar_settings = self.notification_bar_settings.to_dict()

        outgoing_numbers_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outgoing_numbers_settings, Unset):
            outgoing_numbers_settings = self.outgoing_numbers_settings.to_dict()

        safe_boot_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.safe_boot_settings, Unset):
            safe_boot_settings = self.safe_boot_settings.to_dict()

        saved_ap_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saved_ap_settings, Unset):
            saved_ap_settings = self.saved_ap_settings.to_dict()

        screen_orientation_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.screen_orientation_settings, Unset):
            screen_orientation_settings = self.screen_orientation_settings.to_dict()

        screen_timeout_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.screen_timeout_settings, Unset):
            screen_timeout_settings = self.screen_timeout_settings.to_dict()

        screenshot_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.screenshot_settings, Unset):
            screenshot_settings = self.screenshot_settings.to_dict()

        sms_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms_settings, Unset):
            sms_settings = self.sms_settings.to_dict()

        sound_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sound_settings, Unset):
            sound_settings = self.sound_settings.to_dict()

        strict_app_synchronization_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.strict_app_synchronization_settings, Unset):
            strict_app_synchronization_settings = self.strict_app_synchronization_settings.to_dict()

        strict_wifi_synchronization_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.strict_wifi_synchronization_settings, Unset):
            strict_wifi_synchronization_settings = self.strict_wifi_synchronization_settings.to_dict()

        system_updates_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_updates_settings, Unset):
            system_updates_settings = self.system_updates_settings.to_dict()

        time_date_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_date_settings, Unset):
            time_date_settings = self.time_date_settings.to_dict()

        timezone_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timezone_settings, Unset):
            timezone_settings = self.timezone_settings.to_dict()

        usb_tethering_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usb_tethering_settings, Unset):
            usb_tethering_settings = self.usb_tethering_settings.to_dict()

        wallpaper_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wallpaper_settings, Unset):
            wallpaper_settings = self.wallpaper_settings.to_dict()

        wifi_networks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wifi_networks, Unset):
            wifi_networks = []
            for componentsschemaswifi_networks_item_data in self.wifi_networks:
                componentsschemaswifi_networks_item = componentsschemaswifi_networks_item_data.to_dict()
                wifi_networks.append(componentsschemaswifi_networks_item)

        wifi_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wifi_settings, Unset):
            wifi_settings = self.wifi_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adb_settings is not UNSET:
            field_dict["adb_settings"] = adb_settings
        if android_settings_app_settings is not UNSET:
            field_dict["android_settings_app_settings"] = android_settings_app_settings
        if app_layout_setting is not UNSET:
            field_dict["app_layout_setting"] = app_layout_setting
        if app_order_setting is not UNSET:
            field_dict["app_order_setting"] = app_order_setting
        if app_permission_policy_settings is not UNSET:
            field_dict["app_permission_policy_settings"] = app_permission_policy_settings
        if app_uninstall_settings is not UNSET:
            field_dict["app_uninstall_settings"] = app_uninstall_settings
        if apps is not UNSET:
            field_dict["apps"] = apps
        if bluetooth_settings is not UNSET:
            field_dict["bluetooth_settings"] = bluetooth_settings
        if brightness_settings is not UNSET:
            field_dict["brightness_settings"] = brightness_settings
        if camera_settings is not UNSET:
            field_dict["camera_settings"] = camera_settings
        if customized_device_level_json_settings is not UNSET:
            field_dict["customized_device_level_json_settings"] = customized_device_level_json_settings
        if device_mode_settings is not UNSET:
            field_dict["device_mode_settings"] = device_mode_settings
        if esper_edgebox_settings is not UNSET:
            field_dict["esper_edgebox_settings"] = esper_edgebox_settings
        if esper_settings_apps_settings is not UNSET:
            field_dict["esper_settings_apps_settings"] = esper_settings_apps_settings
        if ethernet_settings is not UNSET:
            field_dict["ethernet_settings"] = ethernet_settings
        if external_device_settings is not UNSET:
            field_dict["external_device_settings"] = external_device_settings
        if factory_reset_settings is not UNSET:
            field_dict["factory_reset_settings"] = factory_reset_settings
        if file_transfer_settings is not UNSET:
            field_dict["file_transfer_settings"] = file_transfer_settings
        if files is not UNSET:
            field_dict["files"] = files
        if google_services_settings is not UNSET:
            field_dict["google_services_settings"] = google_services_settings
        if incoming_numbers_settings is not UNSET:
            field_dict["incoming_numbers_settings"] = incoming_numbers_settings
        if language_settings is not UNSET:
            field_dict["language_settings"] = language_settings
        if launcher_settings is not UNSET:
            field_dict["launcher_settings"] = launcher_settings
        if local_app_install_settings is not UNSET:
            field_dict["local_app_install_settings"] = local_app_install_settings
        if location_settings is not UNSET:
            field_dict["location_settings"] = location_settings
        if lock_screen_settings is not UNSET:
            field_dict["lock_screen_settings"] = lock_screen_settings
        if mac_address_randomization_settings is not UNSET:
            field_dict["mac_address_randomization_settings"] = mac_address_randomization_settings
        if nfc_settings is not UNSET:
            field_dict["nfc_settings"] = nfc_settings
        if notification_bar_settings is not UNSET:
            field_dict["notification_bar_settings"] = notification_bar_settings
        if outgoing_numbers_settings is not UNSET:
            field_dict["outgoing_numbers_settings"] = outgoing_numbers_settings
        if safe_boot_settings is not UNSET:
            field_dict["safe_boot_settings"] = safe_boot_settings
        if saved_ap_settings is not UNSET:
            field_dict["saved_ap_settings"] = saved_ap_settings
        if screen_orientation_settings is not UNSET:
            field_dict["screen_orientation_settings"] = screen_orientation_settings
        if screen_timeout_settings is not UNSET:
            field_dict["screen_timeout_settings"] = screen_timeout_settings
        if screenshot_settings is not UNSET:
            field_dict["screenshot_settings"] = screenshot_settings
        if sms_settings is not UNSET:
            field_dict["sms_settings"] = sms_settings
        if sound_settings is not UNSET:
            field_dict["sound_settings"] = sound_settings
        if strict_app_synchronization_settings is not UNSET:
            field_dict["strict_app_synchronization_settings"] = strict_app_synchronization_settings
        if strict_wifi_synchronization_settings is not UNSET:
            field_dict["strict_wifi_synchronization_settings"] = strict_wifi_synchronization_settings
        if system_updates_settings is not UNSET:
            field_dict["system_updates_settings"] = system_updates_settings
        if time_date_settings is not UNSET:
            field_dict["time_date_settings"] = time_date_settings
        if timezone_settings is not UNSET:
            field_dict["timezone_settings"] = timezone_settings
        if usb_tethering_settings is not UNSET:
            field_dict["usb_tethering_settings"] = usb_tethering_settings
        if wallpaper_settings is not UNSET:
            field_dict["wallpaper_settings"] = wallpaper_settings
        if wifi_networks is not UNSET:
            field_dict["wifi_networks"] = wifi_networks
        if wifi_settings is not UNSET:
            field_dict["wifi_settings"] = wifi_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            AdbSettings,
            AndroidSettingsAppSettings,
            App,
            AppLayoutSetting,
            AppOrderSetting,
            AppPermissionPolicySettings,
            AppUninstallSettings,
            BluetoothSettings,
            BrightnessSettings,
            CameraSettings,
            CustomizedDeviceLevelJsonSettings,
            DeviceModeSettings,
            EsperEdgeboxSettings,
            EsperSettingsAppsSettings,
            EthernetSettings,
            ExternalDeviceSettings,
            FactoryResetSettings,
            File,
            FileTransferSettings,
            GoogleServicesSettings,
            IncomingNumbersSettings,
            LanguageSettings,
            LauncherSettings,
            LocalAppInstallSettings,
            LocationSettings,
            LockScreenSettings,
            MacAddressRandomizationSettings,
            NfcSettings,
            NotificationBarSettings,
            OutgoingNumbersSettings,
            SafeBootSettings,
            SavedApSettings,
            ScreenOrientationSettings,
            ScreenTimeoutSettings,
            ScreenshotSettings,
            SmsSettings,
            SoundSettings,
            StrictAppSynchronizationSettings,
            StrictWifiSynchronizationSettings,
            SystemUpdatesSettings,
            TimeDateSettings,
            TimezoneSettings,
            UsbTetheringSettings,
            WallpaperSettings,
            WifiNetwork,
            WifiSettings,
        ) = _nested_models()

        d = dict(src_dict)
        _adb_settings = d.pop("adb_settings", UNSET)
        adb_settings: AdbSettings | Unset
        if isinstance(_adb_settings, Unset):
            adb_settings = UNSET
        else:
            adb_settings = AdbSettings.from_dict(_adb_settings)

        _android_settings_app_settings = d.pop("android_settings_app_settings", UNSET)
        android_settings_app_settings: AndroidSettingsAppSettings | Unset
        if isinstance(_android_settings_app_settings, Unset):
            android_settings_app_settings = UNSET
        else:
            android_settings_app_settings = AndroidSettingsAppSettings.from_dict(_android_settings_app_settings)

        _app_layout_setting = d.pop("app_layout_setting", UNSET)
        app_layout_setting: AppLayoutSetting | Unset
        if isinstance(_app_layout_setting, Unset):
            app_layout_setting = UNSET
        else:
            app_layout_setting = AppLayoutSetting.from_dict(_app_layout_setting)

        _app_order_setting = d.pop("app_order_setting", UNSET)
        app_order_setting: AppOrderSetting | Unset
        if isinstance(_app_order_setting, Unset):
            app_order_setting = UNSET
        else:
            app_order_setting = AppOrderSetting.from_dict(_app_order_setting)

        _app_permission_policy_settings = d.pop("app_permission_policy_settings", UNSET)
        app_permission_policy_settings: AppPermissionPolicySettings | Unset
        if isinstance(_app_permission_policy_settings, Unset):
            app_permission_policy_settings = UNSET
        else:
            app_permission_policy_settings = AppPermissionPolicySettings.from_dict(_app_permission_policy_settings)

        _app_uninstall_settings = d.pop("app_uninstall_settings", UNSET)
        app_uninstall_settings: AppUninstallSettings | Unset
        if isinstance(_app_uninstall_settings, Unset):
            app_uninstall_settings = UNSET
        else:
            app_uninstall_settings = AppUninstallSettings.from_dict(_app_uninstall_settings)

        _apps = d.pop("apps", UNSET)
        apps: list[App] | Unset = UNSET
        if _apps is not UNSET:
            apps = []
            for componentsschemasapps_item_data in _apps:
                componentsschemasapps_item = App.from_dict(componentsschemasapps_item_data)

                apps.append(componentsschemasapps_item)

        _bluetooth_settings = d.pop("bluetooth_settings", UNSET)
        bluetooth_settings: BluetoothSettings | Unset
        if isinstance(_bluetooth_settings, Unset):
            bluetooth_settings = UNSET
        else:
            bluetooth_settings = BluetoothSettings.from_dict(_bluetooth_settings)

        _brightness_settings = d.pop("brightness_settings", UNSET)
        brightness_settings: BrightnessSettings | Unset
        if isinstance(_brightness_settings, Unset):
            brightness_settings = UNSET
        else:
            brightness_settings = BrightnessSettings.from_dict(_brightness_settings)

        _camera_settings = d.pop("camera_settings", UNSET)
        camera_settings: CameraSettings | Unset
        if isinstance(_camera_settings, Unset):
            camera_settings = UNSET
        else:
            camera_settings = CameraSettings.from_dict(_camera_settings)

        _customized_device_level_json_settings = d.pop("customized_device_level_json_settings", UNSET)
        customized_device_level_json_settings: CustomizedDeviceLevelJsonSettings | Unset
        if isinstance(_customized_device_level_json_settings, Unset):
            customized_device_level_json_settings = UNSET
        else:
            customized_device_level_json_settings = CustomizedDeviceLevelJsonSettings.from_dict(
                _customized_device_level_json_settings
            )

        _device_mode_settings = d.pop("device_mode_settings", UNSET)
        device_mode_settings: DeviceModeSettings | Unset
        if isinstance(_device_mode_settings, Unset):
            device_mode_settings = UNSET
        else:
            device_mode_settings = DeviceModeSettings.from_dict(_device_mode_settings)

        _esper_edgebox_settings = d.pop("esper_edgebox_settings", UNSET)
        esper_edgebox_settings: EsperEdgeboxSettings | Unset
        if isinstance(_esper_edgebox_settings, Unset):
            esper_edgebox_settings = UNSET
        else:
            esper_edgebox_settings = EsperEdgeboxSettings.from_dict(_esper_edgebox_settings)

        _esper_settings_apps_settings = d.pop("esper_settings_apps_settings", UNSET)
        esper_settings_apps_settings: EsperSettingsAppsSettings | Unset
        if isinstance(_esper_settings_apps_settings, Unset):
            esper_settings_apps_settings = UNSET
        else:
            esper_settings_apps_settings = EsperSettingsAppsSettings.from_dict(_esper_settings_apps_settings)

        _ethernet_settings = d.pop("ethernet_settings", UNSET)
        ethernet_settings: EthernetSettings | Unset
        if isinstance(_ethernet_settings, Unset):
            ethernet_settings = UNSET
        else:
            ethernet_settings = EthernetSettings.from_dict(_ethernet_settings)

        _external_device_settings = d.pop("external_device_settings", UNSET)
        external_device_settings: ExternalDeviceSettings | Unset
        if isinstance(_external_device_settings, Unset):
            external_device_settings = UNSET
        else:
            external_device_settings = ExternalDeviceSettings.from_dict(_external_device_settings)

        _factory_reset_settings = d.pop("factory_reset_settings", UNSET)
        factory_reset_settings: FactoryResetSettings | Unset
        if isinstance(_factory_reset_settings, Unset):
            factory_reset_settings = UNSET
        else:
            factory_reset_settings = FactoryResetSettings.from_dict(_factory_reset_settings)

        _file_transfer_settings = d.pop("file_transfer_settings", UNSET)
        file_transfer_settings: FileTransferSettings | Unset
        if isinstance(_file_transfer_settings, Unset):
            file_transfer_settings = UNSET
        else:
            file_transfer_settings = FileTransferSettings.from_dict(_file_transfer_settings)

        _files = d.pop("files", UNSET)
        files: list[File] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for componentsschemasfiles_item_data in _files:
                componentsschemasfiles_item = File.from_dict(componentsschemasfiles_item_data)

                files.append(componentsschemasfiles_item)

        _google_services_settings = d.pop("google_services_settings", UNSET)
        google_services_settings: GoogleServicesSettings | Unset
        if isinstance(_google_services_settings, Unset):
            google_services_settings = UNSET
        else:
            google_services_settings = GoogleServicesSettings.from_dict(_google_services_settings)

        _incoming_numbers_settings = d.pop("incoming_numbers_settings", UNSET)
        incoming_numbers_settings: IncomingNumbersSettings | Unset
        if isinstance(_incoming_numbers_settings, Unset):
            incoming_numbers_settings = UNSET
        else:
            incoming_numbers_settings = IncomingNumbersSettings.from_dict(_incoming_numbers_settings)

        _language_settings = d.pop("language_settings", UNSET)
        language_settings: LanguageSettings | Unset
        if isinstance(_language_settings, Unset):
            language_settings = UNSET
        else:
            language_settings = LanguageSettings.from_dict(_language_settings)

        _launcher_settings = d.pop("launcher_settings", UNSET)
        launcher_settings: LauncherSettings | Unset
        if isinstance(_launcher_settings, Unset):
            launcher_settings = UNSET
        else:
            launcher_settings = LauncherSettings.from_dict(_launcher_settings)

        _local_app_install_settings = d.pop("local_app_install_settings", UNSET)
        local_app_install_settings: LocalAppInstallSettings | Unset
        if isinstance(_local_app_install_settings, Unset):
            local_app_install_settings = UNSET
        else:
            local_app_install_settings = LocalAppInstallSettings.from_dict(_local_app_install_settings)

        _location_settings = d.pop("location_settings", UNSET)
        location_settings: LocationSettings | Unset
        if isinstance(_location_settings, Unset):
            location_settings = UNSET
        else:
            location_settings = LocationSettings.from_dict(_location_settings)

        _lock_screen_settings = d.pop("lock_screen_settings", UNSET)
        lock_screen_settings: LockScreenSettings | Unset
        if isinstance(_lock_screen_settings, Unset):
            lock_screen_settings = UNSET
        else:
            lock_screen_settings = LockScreenSettings.from_dict(_lock_screen_settings)

        _mac_address_randomization_settings = d.pop("mac_address_randomization_settings", UNSET)
        mac_address_randomization_settings: MacAddressRandomizationSettings | Unset
        if isinstance(_mac_address_randomization_settings, Unset):
            mac_address_randomization_settings = UNSET
        else:
            mac_address_randomization_settings = MacAddressRandomizationSettings.from_dict(
                _mac_address_randomization_settings
            )

        _nfc_settings = d.pop("nfc_settings", UNSET)
        nfc_settings: NfcSettings | Unset
        if isinstance(_nfc_settings, Unset):
            nfc_settings = UNSET
        else:
            nfc_settings = NfcSettings.from_dict(_nfc_settings)

        _notification_bar_settings = d.pop("notification_bar_settings", UNSET)
        notification_bar_settings: NotificationBarSettings | Unset
        if isinstance(_notification_bar_settings, Unset):
            notification_bar_settings = UNSET
        else:
            notification_bar_settings = NotificationBarSettings.from_dict(_notification_bar_settings)

        _outgoing_numbers_settings = d.pop("outgoing_numbers_settings", UNSET)
        outgoing_numbers_settings: OutgoingNumbersSettings | Unset
        if isinstance(_outgoing_numbers_settings, Unset):
            outgoing_numbers_settings = UNSET
        else:
            outgoing_numbers_settings = OutgoingNumbersSettings.from_dict(_outgoing_numbers_settings)

        _safe_boot_settings = d.pop("safe_boot_settings", UNSET)
        safe_boot_settings: SafeBootSettings | Unset
        if isinstance(_safe_boot_settings, Unset):
            safe_boot_settings = UNSET
        else:
            safe_boot_settings = SafeBootSettings.from_dict(_safe_boot_settings)

        _saved_ap_settings = d.pop("saved_ap_settings", UNSET)
        saved_ap_settings: SavedApSettings | Unset
        if isinstance(_saved_ap_settings, Unset):
            saved_ap_settings = UNSET
        else:
            saved_ap_settings = SavedApSettings.from_dict(_saved_ap_settings)

        _screen_orientation_settings = d.pop("screen_orientation_settings", UNSET)
        screen_orientation_settings: ScreenOrientationSettings | Unset
        if isinstance(_screen_orientation_settings, Unset):
            screen_orientation_settings = UNSET
        else:
            screen_orientation_settings = ScreenOrientationSettings.from_dict(_screen_orientation_settings)

        _screen_timeout_settings = d.pop("screen_timeout_settings", UNSET)
        screen_timeout_settings: ScreenTimeoutSettings | Unset
        if isinstance(_screen_timeout_settings, Unset):
            screen_timeout_settings = UNSET
        else:
            screen_timeout_settings = ScreenTimeoutSettings.from_dict(_screen_timeout_settings)

        _screenshot_settings = d.pop("screenshot_settings", UNSET)
        screenshot_settings: ScreenshotSettings | Unset
        if isinstance(_screenshot_settings, Unset):
            screenshot_settings = UNSET
        else:
            screenshot_settings = ScreenshotSettings.from_dict(_screenshot_settings)

        _sms_settings = d.pop("sms_settings", UNSET)
        sms_settings: SmsSettings | Unset
        if isinstance(_sms_settings, Unset):
            sms_settings = UNSET
        else:
            sms_settings = SmsSettings.from_dict(_sms_settings)

        _sound_settings = d.pop("sound_settings", UNSET)
        sound_settings: SoundSettings | Unset
        if isinstance(_sound_settings, Unset):
            sound_settings = UNSET
        else:
            sound_settings = SoundSettings.from_dict(_sound_settings)

        _strict_app_synchronization_settings = d.pop("strict_app_synchronization_settings", UNSET)
        strict_app_synchronization_settings: StrictAppSynchronizationSettings | Unset
        if isinstance(_strict_app_synchronization_settings, Unset):
            strict_app_synchronization_settings = UNSET
        else:
            strict_app_synchronization_settings = StrictAppSynchronizationSettings.from_dict(
                _strict_app_synchronization_settings
            )

        _strict_wifi_synchronization_settings = d.pop("strict_wifi_synchronization_settings", UNSET)
        strict_wifi_synchronization_settings: StrictWifiSynchronizationSettings | Unset
        if isinstance(_strict_wifi_synchronization_settings, Unset):
            strict_wifi_synchronization_settings = UNSET
        else:
            strict_wifi_synchronization_settings = StrictWifiSynchronizationSettings.from_dict(
                _strict_wifi_synchronization_settings
            )

        _system_updates_settings = d.pop("system_updates_settings", UNSET)
        system_updates_settings: SystemUpdatesSettings | Unset
        if isinstance(_system_updates_settings, Unset):
            system_updates_settings = UNSET
        else:
            system_updates_settings = SystemUpdatesSettings.from_dict(_system_updates_settings)

        _time_date_settings = d.pop("time_date_settings", UNSET)
        time_date_settings: TimeDateSettings | Unset
        if isinstance(_time_date_settings, Unset):
            time_date_settings = UNSET
        else:
            time_date_settings = TimeDateSettings.from_dict(_time_date_settings)

        _timezone_settings = d.pop("timezone_settings", UNSET)
        timezone_settings: TimezoneSettings | Unset
        if isinstance(_timezone_settings, Unset):
            timezone_settings = UNSET
        else:
            timezone_settings = TimezoneSettings.from_dict(_timezone_settings)

        _usb_tethering_settings = d.pop("usb_tethering_settings", UNSET)
        usb_tethering_settings: UsbTetheringSettings | Unset
        if isinstance(_usb_tethering_settings, Unset):
            usb_tethering_settings = UNSET
        else:
            usb_tethering_settings = UsbTetheringSettings.from_dict(_usb_tethering_settings)

        _wallpaper_settings = d.pop("wallpaper_settings", UNSET)
        wallpaper_settings: WallpaperSettings | Unset
        if isinstance(_wallpaper_settings, Unset):
            wallpaper_settings = UNSET
        else:
            wallpaper_settings = WallpaperSettings.from_dict(_wallpaper_settings)

        _wifi_networks = d.pop("wifi_networks", UNSET)
        wifi_networks: list[WifiNetwork] | Unset = UNSET
        if _wifi_networks is not UNSET:
            wifi_networks = []
            for componentsschemaswifi_networks_item_data in _wifi_networks:
                componentsschemaswifi_networks_item = WifiNetwork.from_dict(componentsschemaswifi_networks_item_data)

                wifi_networks.append(componentsschemaswifi_networks_item)

        _wifi_settings = d.pop("wifi_settings", UNSET)
        wifi_settings: WifiSettings | Unset
        if isinstance(_wifi_settings, Unset):
            wifi_settings = UNSET
        else:
            wifi_settings = WifiSettings.from_dict(_wifi_settings)

        settings = cls(
            adb_settings=adb_settings,
            android_settings_app_settings=android_settings_app_settings,
            app_layout_setting=app_layout_setting,
            app_order_setting=app_order_setting,
            app_permission_policy_settings=app_permission_policy_settings,
            app_uninstall_settings=app_uninstall_settings,
            apps=apps,
            bluetooth_settings=bluetooth_settings,
            brightness_settings=brightness_settings,
            camera_settings=camera_settings,
            customized_device_level_json_settings=customized_device_level_json_settings,
            device_mode_settings=device_mode_settings,
            esper_edgebox_settings=esper_edgebox_settings,
            esper_settings_apps_settings=esper_settings_apps_settings,
            ethernet_settings=ethernet_settings,
            external_device_settings=external_device_settings,
            factory_reset_settings=factory_reset_settings,
            file_transfer_settings=file_transfer_settings,
            files=files,
            google_services_settings=google_services_settings,
            incoming_numbers_settings=incoming_numbers_settings,
            language_settings=language_settings,
            launcher_settings=launcher_settings,
            local_app_install_settings=local_app_install_settings,
            location_settings=location_settings,
            lock_screen_settings=lock_screen_settings,
            mac_address_randomization_settings=mac_address_randomization_settings,
            nfc_settings=nfc_settings,
            notification_bar_settings=notification_bar_settings,
            outgoing_numbers_settings=outgoing_numbers_settings,
            safe_boot_settings=safe_boot_settings,
            saved_ap_settings=saved_ap_settings,
            screen_orientation_settings=screen_orientation_settings,
            screen_timeout_settings=screen_timeout_settings,
            screenshot_settings=screenshot_settings,
            sms_settings=sms_settings,
            sound_settings=sound_settings,
            strict_app_synchronization_settings=strict_app_synchronization_settings,
            strict_wifi_synchronization_settings=strict_wifi_synchronization_settings,
            system_updates_settings=system_updates_settings,
            time_date_settings=time_date_settings,
            timezone_settings=timezone_settings,
            usb_tethering_settings=usb_tethering_settings,
            wallpaper_settings=wallpaper_settings,
            wifi_networks=wifi_networks,
            wifi_settings=wifi_settings,
        )

        settings.additional_properties = d
        return settings

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
    type[AdbSettings],
    type[AndroidSettingsAppSettings],
    type[App],
    type[AppLayoutSetting],
    type[AppOrderSetting],
    type[AppPermissionPolicySettings],
    type[AppUninstallSettings],
    type[BluetoothSettings],
    type[BrightnessSettings],
    type[CameraSettings],
    type[CustomizedDeviceLevelJsonSettings],
    type[DeviceModeSettings],
    type[EsperEdgeboxSettings],
    type[EsperSettingsAppsSettings],
    type[EthernetSettings],
    type[ExternalDeviceSettings],
    type[FactoryResetSettings],
    type[File],
    type[FileTransferSettings],
    type[GoogleServicesSettings],
    type[IncomingNumbersSettings],
    type[LanguageSettings],
    type[LauncherSettings],
    type[LocalAppInstallSettings],
    type[LocationSettings],
    type[LockScreenSettings],
    type[MacAddressRandomizationSettings],
    type[NfcSettings],
    type[NotificationBarSettings],
    type[OutgoingNumbersSettings],
    type[SafeBootSettings],
    type[SavedApSettings],
    type[ScreenOrientationSettings],
    type[ScreenTimeoutSettings],
    type[ScreenshotSettings],
    type[SmsSettings],
    type[SoundSettings],
    type[StrictAppSynchronizationSettings],
    type[StrictWifiSynchronizationSettings],
    type[SystemUpdatesSettings],
    type[TimeDateSettings],
    type[TimezoneSettings],
    type[UsbTetheringSettings],
    type[WallpaperSettings],
    type[WifiNetwork],
    type[WifiSettings],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
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
        AdbSettings,
        AndroidSettingsAppSettings,
        App,
        AppLayoutSetting,
        AppOrderSetting,
        AppPermissionPolicySettings,
        AppUninstallSettings,
        BluetoothSettings,
        BrightnessSettings,
        CameraSettings,
        CustomizedDeviceLevelJsonSettings,
        DeviceModeSettings,
        EsperEdgeboxSettings,
        EsperSettingsAppsSettings,
        EthernetSettings,
        ExternalDeviceSettings,
        FactoryResetSettings,
        File,
        FileTransferSettings,
        GoogleServicesSettings,
        IncomingNumbersSettings,
        LanguageSettings,
        LauncherSettings,
        LocalAppInstallSettings,
        LocationSettings,
        LockScreenSettings,
        MacAddressRandomizationSettings,
        NfcSettings,
        NotificationBarSettings,
        OutgoingNumbersSettings,
        SafeBootSettings,
        SavedApSettings,
        ScreenOrientationSettings,
        ScreenTimeoutSettings,
        ScreenshotSettings,
        SmsSettings,
        SoundSettings,
        StrictAppSynchronizationSettings,
        StrictWifiSynchronizationSettings,
        SystemUpdatesSettings,
        TimeDateSettings,
        TimezoneSettings,
        UsbTetheringSettings,
        WallpaperSettings,
        WifiNetwork,
        WifiSettings,
    )
