from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_uninstall_settings_ios import AppUninstallSettingsIos
    from ..models.bluetooth_settings_ios import BluetoothSettingsIos
    from ..models.camera_settings_ios import CameraSettingsIos
    from ..models.custom_device_level_profile_settings_ios import CustomDeviceLevelProfileSettingsIos
    from ..models.defer_os_updates import DeferOsUpdates
    from ..models.device_mode_settings import DeviceModeSettings
    from ..models.factory_reset_settings_ios import FactoryResetSettingsIos
    from ..models.hide_preloaded_apps_settings_ios import HidePreloadedAppsSettingsIos
    from ..models.ios_app import IosApp
    from ..models.ios_wallpaper_settings import IosWallpaperSettings
    from ..models.kiosk_mode_settings import KioskModeSettings
    from ..models.local_app_install_settings_ios import LocalAppInstallSettingsIos
    from ..models.nfc_settings_ios import NfcSettingsIos
    from ..models.provisioning_profile_ios import ProvisioningProfileIos
    from ..models.screenshot_settings_ios import ScreenshotSettingsIos
    from ..models.siri_settings_ios import SiriSettingsIos
    from ..models.tethering_settings_ios import TetheringSettingsIos
    from ..models.time_date_settings_ios import TimeDateSettingsIos
    from ..models.web_content_setting_ios import WebContentSettingIos
    from ..models.wifi_network_ios import WifiNetworkIos


T = TypeVar("T", bound="IosSettings")


@_attrs_define
class IosSettings:
    """
    Attributes:
        app_uninstall_settings (AppUninstallSettingsIos | Unset):
        apps (list[IosApp] | Unset):
        bluetooth_settings (BluetoothSettingsIos | Unset):
        camera_settings (CameraSettingsIos | Unset):
        custom_device_level_profile_settings (CustomDeviceLevelProfileSettingsIos | Unset):
        defer_os_updates (DeferOsUpdates | Unset):
        device_mode_settings (DeviceModeSettings | Unset):
        factory_reset_settings (FactoryResetSettingsIos | Unset):
        hide_preloaded_apps_settings (HidePreloadedAppsSettingsIos | Unset):
        kiosk_app (KioskModeSettings | Unset):
        local_app_install_settings (LocalAppInstallSettingsIos | Unset):
        nfc_settings (NfcSettingsIos | Unset):
        provisioning_profiles (list[ProvisioningProfileIos] | Unset):
        screenshot_settings (ScreenshotSettingsIos | Unset):
        siri_settings (SiriSettingsIos | Unset):
        tethering_settings (TetheringSettingsIos | Unset):
        time_date_settings (TimeDateSettingsIos | Unset):
        wallpaper_settings (IosWallpaperSettings | Unset):
        web_content_settings (WebContentSettingIos | Unset):
        wifi_networks (list[WifiNetworkIos] | Unset):
    """

    app_uninstall_settings: AppUninstallSettingsIos | Unset = UNSET
    apps: list[IosApp] | Unset = UNSET
    bluetooth_settings: BluetoothSettingsIos | Unset = UNSET
    camera_settings: CameraSettingsIos | Unset = UNSET
    custom_device_level_profile_settings: CustomDeviceLevelProfileSettingsIos | Unset = UNSET
    defer_os_updates: DeferOsUpdates | Unset = UNSET
    device_mode_settings: DeviceModeSettings | Unset = UNSET
    factory_reset_settings: FactoryResetSettingsIos | Unset = UNSET
    hide_preloaded_apps_settings: HidePreloadedAppsSettingsIos | Unset = UNSET
    kiosk_app: KioskModeSettings | Unset = UNSET
    local_app_install_settings: LocalAppInstallSettingsIos | Unset = UNSET
    nfc_settings: NfcSettingsIos | Unset = UNSET
    provisioning_profiles: list[ProvisioningProfileIos] | Unset = UNSET
    screenshot_settings: ScreenshotSettingsIos | Unset = UNSET
    siri_settings: SiriSettingsIos | Unset = UNSET
    tethering_settings: TetheringSettingsIos | Unset = UNSET
    time_date_settings: TimeDateSettingsIos | Unset = UNSET
    wallpaper_settings: IosWallpaperSettings | Unset = UNSET
    web_content_settings: WebContentSettingIos | Unset = UNSET
    wifi_networks: list[WifiNetworkIos] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_uninstall_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_uninstall_settings, Unset):
            app_uninstall_settings = self.app_uninstall_settings.to_dict()

        apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = []
            for componentsschemasios_apps_item_data in self.apps:
                componentsschemasios_apps_item = componentsschemasios_apps_item_data.to_dict()
                apps.append(componentsschemasios_apps_item)

        bluetooth_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bluetooth_settings, Unset):
            bluetooth_settings = self.bluetooth_settings.to_dict()

        camera_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.camera_settings, Unset):
            camera_settings = self.camera_settings.to_dict()

        custom_device_level_profile_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_device_level_profile_settings, Unset):
            custom_device_level_profile_settings = self.custom_device_level_profile_settings.to_dict()

        defer_os_updates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defer_os_updates, Unset):
            defer_os_updates = self.defer_os_updates.to_dict()

        device_mode_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_mode_settings, Unset):
            device_mode_settings = self.device_mode_settings.to_dict()

        factory_reset_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.factory_reset_settings, Unset):
            factory_reset_settings = self.factory_reset_settings.to_dict()

        hide_preloaded_apps_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hide_preloaded_apps_settings, Unset):
            hide_preloaded_apps_settings = self.hide_preloaded_apps_settings.to_dict()

        kiosk_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kiosk_app, Unset):
            kiosk_app = self.kiosk_app.to_dict()

        local_app_install_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local_app_install_settings, Unset):
            local_app_install_settings = self.local_app_install_settings.to_dict()

        nfc_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nfc_settings, Unset):
            nfc_settings = self.nfc_settings.to_dict()

        provisioning_profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.provisioning_profiles, Unset):
            provisioning_profiles = []
            for componentsschemasprovisioning_profiles_ios_item_data in self.provisioning_profiles:
                componentsschemasprovisioning_profiles_ios_item = (
                    componentsschemasprovisioning_profiles_ios_item_data.to_dict()
                )
                provisioning_profiles.append(componentsschemasprovisioning_profiles_ios_item)

        screenshot_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.screenshot_settings, Unset):
            screenshot_settings = self.screenshot_settings.to_dict()

        siri_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.siri_settings, Unset):
            siri_settings = self.siri_settings.to_dict()

        tethering_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tethering_settings, Unset):
            tethering_settings = self.tethering_settings.to_dict()

        time_date_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_date_settings, Unset):
            time_date_settings = self.time_date_settings.to_dict()

        wallpaper_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wallpaper_settings, Unset):
            wallpaper_settings = self.wallpaper_settings.to_dict()

        web_content_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_content_settings, Unset):
            web_content_settings = self.web_content_settings.to_dict()

        wifi_networks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wifi_networks, Unset):
            wifi_networks = []
            for componentsschemaswifi_networks_ios_item_data in self.wifi_networks:
                componentsschemaswifi_networks_ios_item = componentsschemaswifi_networks_ios_item_data.to_dict()
                wifi_networks.append(componentsschemaswifi_networks_ios_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_uninstall_settings is not UNSET:
            field_dict["app_uninstall_settings"] = app_uninstall_settings
        if apps is not UNSET:
            field_dict["apps"] = apps
        if bluetooth_settings is not UNSET:
            field_dict["bluetooth_settings"] = bluetooth_settings
        if camera_settings is not UNSET:
            field_dict["camera_settings"] = camera_settings
        if custom_device_level_profile_settings is not UNSET:
            field_dict["custom_device_level_profile_settings"] = custom_device_level_profile_settings
        if defer_os_updates is not UNSET:
            field_dict["defer_os_updates"] = defer_os_updates
        if device_mode_settings is not UNSET:
            field_dict["device_mode_settings"] = device_mode_settings
        if factory_reset_settings is not UNSET:
            field_dict["factory_reset_settings"] = factory_reset_settings
        if hide_preloaded_apps_settings is not UNSET:
            field_dict["hide_preloaded_apps_settings"] = hide_preloaded_apps_settings
        if kiosk_app is not UNSET:
            field_dict["kiosk_app"] = kiosk_app
        if local_app_install_settings is not UNSET:
            field_dict["local_app_install_settings"] = local_app_install_settings
        if nfc_settings is not UNSET:
            field_dict["nfc_settings"] = nfc_settings
        if provisioning_profiles is not UNSET:
            field_dict["provisioning_profiles"] = provisioning_profiles
        if screenshot_settings is not UNSET:
            field_dict["screenshot_settings"] = screenshot_settings
        if siri_settings is not UNSET:
            field_dict["siri_settings"] = siri_settings
        if tethering_settings is not UNSET:
            field_dict["tethering_settings"] = tethering_settings
        if time_date_settings is not UNSET:
            field_dict["time_date_settings"] = time_date_settings
        if wallpaper_settings is not UNSET:
            field_dict["wallpaper_settings"] = wallpaper_settings
        if web_content_settings is not UNSET:
            field_dict["web_content_settings"] = web_content_settings
        if wifi_networks is not UNSET:
            field_dict["wifi_networks"] = wifi_networks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            AppUninstallSettingsIos,
            BluetoothSettingsIos,
            CameraSettingsIos,
            CustomDeviceLevelProfileSettingsIos,
            DeferOsUpdates,
            DeviceModeSettings,
            FactoryResetSettingsIos,
            HidePreloadedAppsSettingsIos,
            IosApp,
            IosWallpaperSettings,
            KioskModeSettings,
            LocalAppInstallSettingsIos,
            NfcSettingsIos,
            ProvisioningProfileIos,
            ScreenshotSettingsIos,
            SiriSettingsIos,
            TetheringSettingsIos,
            TimeDateSettingsIos,
            WebContentSettingIos,
            WifiNetworkIos,
        ) = _nested_models()

        d = dict(src_dict)
        _app_uninstall_settings = d.pop("app_uninstall_settings", UNSET)
        app_uninstall_settings: AppUninstallSettingsIos | Unset
        if isinstance(_app_uninstall_settings, Unset):
            app_uninstall_settings = UNSET
        else:
            app_uninstall_settings = AppUninstallSettingsIos.from_dict(_app_uninstall_settings)

        _apps = d.pop("apps", UNSET)
        apps: list[IosApp] | Unset = UNSET
        if _apps is not UNSET:
            apps = []
            for componentsschemasios_apps_item_data in _apps:
                componentsschemasios_apps_item = IosApp.from_dict(componentsschemasios_apps_item_data)

                apps.append(componentsschemasios_apps_item)

        _bluetooth_settings = d.pop("bluetooth_settings", UNSET)
        bluetooth_settings: BluetoothSettingsIos | Unset
        if isinstance(_bluetooth_settings, Unset):
            bluetooth_settings = UNSET
        else:
            bluetooth_settings = BluetoothSettingsIos.from_dict(_bluetooth_settings)

        _camera_settings = d.pop("camera_settings", UNSET)
        camera_settings: CameraSettingsIos | Unset
        if isinstance(_camera_settings, Unset):
            camera_settings = UNSET
        else:
            camera_settings = CameraSettingsIos.from_dict(_camera_settings)

        _custom_device_level_profile_settings = d.pop("custom_device_level_profile_settings", UNSET)
        custom_device_level_profile_settings: CustomDeviceLevelProfileSettingsIos | Unset
        if isinstance(_custom_device_level_profile_settings, Unset):
            custom_device_level_profile_settings = UNSET
        else:
            custom_device_level_profile_settings = CustomDeviceLevelProfileSettingsIos.from_dict(
                _custom_device_level_profile_settings
            )

        _defer_os_updates = d.pop("defer_os_updates", UNSET)
        defer_os_updates: DeferOsUpdates | Unset
        if isinstance(_defer_os_updates, Unset):
            defer_os_updates = UNSET
        else:
            defer_os_updates = DeferOsUpdates.from_dict(_defer_os_updates)

        _device_mode_settings = d.pop("device_mode_settings", UNSET)
        device_mode_settings: DeviceModeSettings | Unset
        if isinstance(_device_mode_settings, Unset):
            device_mode_settings = UNSET
        else:
            device_mode_settings = DeviceModeSettings.from_dict(_device_mode_settings)

        _factory_reset_settings = d.pop("factory_reset_settings", UNSET)
        factory_reset_settings: FactoryResetSettingsIos | Unset
        if isinstance(_factory_reset_settings, Unset):
            factory_reset_settings = UNSET
        else:
            factory_reset_settings = FactoryResetSettingsIos.from_dict(_factory_reset_settings)

        _hide_preloaded_apps_settings = d.pop("hide_preloaded_apps_settings", UNSET)
        hide_preloaded_apps_settings: HidePreloadedAppsSettingsIos | Unset
        if isinstance(_hide_preloaded_apps_settings, Unset):
            hide_preloaded_apps_settings = UNSET
        else:
            hide_preloaded_apps_settings = HidePreloadedAppsSettingsIos.from_dict(_hide_preloaded_apps_settings)

        _kiosk_app = d.pop("kiosk_app", UNSET)
        kiosk_app: KioskModeSettings | Unset
        if isinstance(_kiosk_app, Unset):
            kiosk_app = UNSET
        else:
            kiosk_app = KioskModeSettings.from_dict(_kiosk_app)

        _local_app_install_settings = d.pop("local_app_install_settings", UNSET)
        local_app_install_settings: LocalAppInstallSettingsIos | Unset
        if isinstance(_local_app_install_settings, Unset):
            local_app_install_settings = UNSET
        else:
            local_app_install_settings = LocalAppInstallSettingsIos.from_dict(_local_app_install_settings)

        _nfc_settings = d.pop("nfc_settings", UNSET)
        nfc_settings: NfcSettingsIos | Unset
        if isinstance(_nfc_settings, Unset):
            nfc_settings = UNSET
        else:
            nfc_settings = NfcSettingsIos.from_dict(_nfc_settings)

        _provisioning_profiles = d.pop("provisioning_profiles", UNSET)
        provisioning_profiles: list[ProvisioningProfileIos] | Unset = UNSET
        if _provisioning_profiles is not UNSET:
            provisioning_profiles = []
            for componentsschemasprovisioning_profiles_ios_item_data in _provisioning_profiles:
                componentsschemasprovisioning_profiles_ios_item = ProvisioningProfileIos.from_dict(
                    componentsschemasprovisioning_profiles_ios_item_data
                )

                provisioning_profiles.append(componentsschemasprovisioning_profiles_ios_item)

        _screenshot_settings = d.pop("screenshot_settings", UNSET)
        screenshot_settings: ScreenshotSettingsIos | Unset
        if isinstance(_screenshot_settings, Unset):
            screenshot_settings = UNSET
        else:
            screenshot_settings = ScreenshotSettingsIos.from_dict(_screenshot_settings)

        _siri_settings = d.pop("siri_settings", UNSET)
        siri_settings: SiriSettingsIos | Unset
        if isinstance(_siri_settings, Unset):
            siri_settings = UNSET
        else:
            siri_settings = SiriSettingsIos.from_dict(_siri_settings)

        _tethering_settings = d.pop("tethering_settings", UNSET)
        tethering_settings: TetheringSettingsIos | Unset
        if isinstance(_tethering_settings, Unset):
            tethering_settings = UNSET
        else:
            tethering_settings = TetheringSettingsIos.from_dict(_tethering_settings)

        _time_date_settings = d.pop("time_date_settings", UNSET)
        time_date_settings: TimeDateSettingsIos | Unset
        if isinstance(_time_date_settings, Unset):
            time_date_settings = UNSET
        else:
            time_date_settings = TimeDateSettingsIos.from_dict(_time_date_settings)

        _wallpaper_settings = d.pop("wallpaper_settings", UNSET)
        wallpaper_settings: IosWallpaperSettings | Unset
        if isinstance(_wallpaper_settings, Unset):
            wallpaper_settings = UNSET
        else:
            wallpaper_settings = IosWallpaperSettings.from_dict(_wallpaper_settings)

        _web_content_settings = d.pop("web_content_settings", UNSET)
        web_content_settings: WebContentSettingIos | Unset
        if isinstance(_web_content_settings, Unset):
            web_content_settings = UNSET
        else:
            web_content_settings = WebContentSettingIos.from_dict(_web_content_settings)

        _wifi_networks = d.pop("wifi_networks", UNSET)
        wifi_networks: list[WifiNetworkIos] | Unset = UNSET
        if _wifi_networks is not UNSET:
            wifi_networks = []
            for componentsschemaswifi_networks_ios_item_data in _wifi_networks:
                componentsschemaswifi_networks_ios_item = WifiNetworkIos.from_dict(
                    componentsschemaswifi_networks_ios_item_data
                )

                wifi_networks.append(componentsschemaswifi_networks_ios_item)

        ios_settings = cls(
            app_uninstall_settings=app_uninstall_settings,
            apps=apps,
            bluetooth_settings=bluetooth_settings,
            camera_settings=camera_settings,
            custom_device_level_profile_settings=custom_device_level_profile_settings,
            defer_os_updates=defer_os_updates,
            device_mode_settings=device_mode_settings,
            factory_reset_settings=factory_reset_settings,
            hide_preloaded_apps_settings=hide_preloaded_apps_settings,
            kiosk_app=kiosk_app,
            local_app_install_settings=local_app_install_settings,
            nfc_settings=nfc_settings,
            provisioning_profiles=provisioning_profiles,
            screenshot_settings=screenshot_settings,
            siri_settings=siri_settings,
            tethering_settings=tethering_settings,
            time_date_settings=time_date_settings,
            wallpaper_settings=wallpaper_settings,
            web_content_settings=web_content_settings,
            wifi_networks=wifi_networks,
        )

        ios_settings.additional_properties = d
        return ios_settings

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
    type[AppUninstallSettingsIos],
    type[BluetoothSettingsIos],
    type[CameraSettingsIos],
    type[CustomDeviceLevelProfileSettingsIos],
    type[DeferOsUpdates],
    type[DeviceModeSettings],
    type[FactoryResetSettingsIos],
    type[HidePreloadedAppsSettingsIos],
    type[IosApp],
    type[IosWallpaperSettings],
    type[KioskModeSettings],
    type[LocalAppInstallSettingsIos],
    type[NfcSettingsIos],
    type[ProvisioningProfileIos],
    type[ScreenshotSettingsIos],
    type[SiriSettingsIos],
    type[TetheringSettingsIos],
    type[TimeDateSettingsIos],
    type[WebContentSettingIos],
    type[WifiNetworkIos],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.app_uninstall_settings_ios import AppUninstallSettingsIos  # noqa: PLC0415
    from ..models.bluetooth_settings_ios import BluetoothSettingsIos  # noqa: PLC0415
    from ..models.camera_settings_ios import CameraSettingsIos  # noqa: PLC0415
    from ..models.custom_device_level_profile_settings_ios import CustomDeviceLevelProfileSettingsIos  # noqa: PLC0415
    from ..models.defer_os_updates import DeferOsUpdates  # noqa: PLC0415
    from ..models.device_mode_settings import DeviceModeSettings  # noqa: PLC0415
    from ..models.factory_reset_settings_ios import FactoryResetSettingsIos  # noqa: PLC0415
    from ..models.hide_preloaded_apps_settings_ios import HidePreloadedAppsSettingsIos  # noqa: PLC0415
    from ..models.ios_app import IosApp  # noqa: PLC0415
    from ..models.ios_wallpaper_settings import IosWallpaperSettings  # noqa: PLC0415
    from ..models.kiosk_mode_settings import KioskModeSettings  # noqa: PLC0415
    from ..models.local_app_install_settings_ios import LocalAppInstallSettingsIos  # noqa: PLC0415
    from ..models.nfc_settings_ios import NfcSettingsIos  # noqa: PLC0415
    from ..models.provisioning_profile_ios import ProvisioningProfileIos  # noqa: PLC0415
    from ..models.screenshot_settings_ios import ScreenshotSettingsIos  # noqa: PLC0415
    from ..models.siri_settings_ios import SiriSettingsIos  # noqa: PLC0415
    from ..models.tethering_settings_ios import TetheringSettingsIos  # noqa: PLC0415
    from ..models.time_date_settings_ios import TimeDateSettingsIos  # noqa: PLC0415
    from ..models.web_content_setting_ios import WebContentSettingIos  # noqa: PLC0415
    from ..models.wifi_network_ios import WifiNetworkIos  # noqa: PLC0415

    return (
        AppUninstallSettingsIos,
        BluetoothSettingsIos,
        CameraSettingsIos,
        CustomDeviceLevelProfileSettingsIos,
        DeferOsUpdates,
        DeviceModeSettings,
        FactoryResetSettingsIos,
        HidePreloadedAppsSettingsIos,
        IosApp,
        IosWallpaperSettings,
        KioskModeSettings,
        LocalAppInstallSettingsIos,
        NfcSettingsIos,
        ProvisioningProfileIos,
        ScreenshotSettingsIos,
        SiriSettingsIos,
        TetheringSettingsIos,
        TimeDateSettingsIos,
        WebContentSettingIos,
        WifiNetworkIos,
    )
