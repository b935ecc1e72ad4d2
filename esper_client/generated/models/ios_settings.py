from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

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


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """IosSettings's fields as esper_client._runtime reads them (once, on first use)."""
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
        (
            _rt.Field("app_uninstall_settings", "app_uninstall_settings", _rt.model(AppUninstallSettingsIos)),
            _rt.Field("apps", "apps", _rt.list_of(_rt.model(IosApp))),
            _rt.Field("bluetooth_settings", "bluetooth_settings", _rt.model(BluetoothSettingsIos)),
            _rt.Field("camera_settings", "camera_settings", _rt.model(CameraSettingsIos)),
            _rt.Field(
                "custom_device_level_profile_settings",
                "custom_device_level_profile_settings",
                _rt.model(CustomDeviceLevelProfileSettingsIos),
            ),
            _rt.Field("defer_os_updates", "defer_os_updates", _rt.model(DeferOsUpdates)),
            _rt.Field("device_mode_settings", "device_mode_settings", _rt.model(DeviceModeSettings)),
            _rt.Field("factory_reset_settings", "factory_reset_settings", _rt.model(FactoryResetSettingsIos)),
            _rt.Field(
                "hide_preloaded_apps_settings", "hide_preloaded_apps_settings", _rt.model(HidePreloadedAppsSettingsIos)
            ),
            _rt.Field("kiosk_app", "kiosk_app", _rt.model(KioskModeSettings)),
            _rt.Field(
                "local_app_install_settings", "local_app_install_settings", _rt.model(LocalAppInstallSettingsIos)
            ),
            _rt.Field("nfc_settings", "nfc_settings", _rt.model(NfcSettingsIos)),
            _rt.Field("provisioning_profiles", "provisioning_profiles", _rt.list_of(_rt.model(ProvisioningProfileIos))),
            _rt.Field("screenshot_settings", "screenshot_settings", _rt.model(ScreenshotSettingsIos)),
            _rt.Field("siri_settings", "siri_settings", _rt.model(SiriSettingsIos)),
            _rt.Field("tethering_settings", "tethering_settings", _rt.model(TetheringSettingsIos)),
            _rt.Field("time_date_settings", "time_date_settings", _rt.model(TimeDateSettingsIos)),
            _rt.Field("wallpaper_settings", "wallpaper_settings", _rt.model(IosWallpaperSettings)),
            _rt.Field("web_content_settings", "web_content_settings", _rt.model(WebContentSettingIos)),
            _rt.Field("wifi_networks", "wifi_networks", _rt.list_of(_rt.model(WifiNetworkIos))),
        ),
        _rt.ANY,
    )


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
