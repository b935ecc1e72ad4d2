from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.esper_settings_apps_settings_settings_about import (
    EsperSettingsAppsSettingsSettingsAbout,
)
from ..models.esper_settings_apps_settings_settings_accessibility import (
    EsperSettingsAppsSettingsSettingsAccessibility,
)
from ..models.esper_settings_apps_settings_settings_accessibility_cc_deuteranomaly import (
    EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly,
)
from ..models.esper_settings_apps_settings_settings_accessibility_cc_protanomaly import (
    EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly,
)
from ..models.esper_settings_apps_settings_settings_accessibility_cc_tritanomaly import (
    EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly,
)
from ..models.esper_settings_apps_settings_settings_accessibility_display_size import (
    EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize,
)
from ..models.esper_settings_apps_settings_settings_accessibility_font_scale import (
    EsperSettingsAppsSettingsSettingsAccessibilityFontScale,
)
from ..models.esper_settings_apps_settings_settings_accessibility_high_contrast_text import (
    EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText,
)
from ..models.esper_settings_apps_settings_settings_accessibility_mono_audio import (
    EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio,
)
from ..models.esper_settings_apps_settings_settings_accessibility_reset_to_default import (
    EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault,
)
from ..models.esper_settings_apps_settings_settings_accessibility_talkback import (
    EsperSettingsAppsSettingsSettingsAccessibilityTalkback,
)
from ..models.esper_settings_apps_settings_settings_accessibility_text_to_speech import (
    EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech,
)
from ..models.esper_settings_apps_settings_settings_airplane_mode import (
    EsperSettingsAppsSettingsSettingsAirplaneMode,
)
from ..models.esper_settings_apps_settings_settings_auto_rotation import (
    EsperSettingsAppsSettingsSettingsAutoRotation,
)
from ..models.esper_settings_apps_settings_settings_bluetooth import (
    EsperSettingsAppsSettingsSettingsBluetooth,
)
from ..models.esper_settings_apps_settings_settings_clear_app_data import (
    EsperSettingsAppsSettingsSettingsClearAppData,
)
from ..models.esper_settings_apps_settings_settings_data_roaming import (
    EsperSettingsAppsSettingsSettingsDataRoaming,
)
from ..models.esper_settings_apps_settings_settings_display import (
    EsperSettingsAppsSettingsSettingsDisplay,
)
from ..models.esper_settings_apps_settings_settings_esper_branding import (
    EsperSettingsAppsSettingsSettingsEsperBranding,
)
from ..models.esper_settings_apps_settings_settings_factory_reset import (
    EsperSettingsAppsSettingsSettingsFactoryReset,
)
from ..models.esper_settings_apps_settings_settings_flashlight import (
    EsperSettingsAppsSettingsSettingsFlashlight,
)
from ..models.esper_settings_apps_settings_settings_input_selection import (
    EsperSettingsAppsSettingsSettingsInputSelection,
)
from ..models.esper_settings_apps_settings_settings_keyboard import (
    EsperSettingsAppsSettingsSettingsKeyboard,
)
from ..models.esper_settings_apps_settings_settings_kiosk_app_selection import (
    EsperSettingsAppsSettingsSettingsKioskAppSelection,
)
from ..models.esper_settings_apps_settings_settings_language import (
    EsperSettingsAppsSettingsSettingsLanguage,
)
from ..models.esper_settings_apps_settings_settings_mobile_data import (
    EsperSettingsAppsSettingsSettingsMobileData,
)
from ..models.esper_settings_apps_settings_settings_reboot import (
    EsperSettingsAppsSettingsSettingsReboot,
)
from ..models.esper_settings_apps_settings_settings_sound import (
    EsperSettingsAppsSettingsSettingsSound,
)
from ..models.esper_settings_apps_settings_settings_storage import (
    EsperSettingsAppsSettingsSettingsStorage,
)
from ..models.esper_settings_apps_settings_settings_time_and_date import (
    EsperSettingsAppsSettingsSettingsTimeAndDate,
)
from ..models.esper_settings_apps_settings_settings_wifi import (
    EsperSettingsAppsSettingsSettingsWifi,
)
from ..models.esper_settings_apps_settings_settings_wifi_tethering import (
    EsperSettingsAppsSettingsSettingsWifiTethering,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """EsperSettingsAppsSettingsSettings's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field(
                "about", "about", _rt.enum("EsperSettingsAppsSettingsSettingsAbout", ["ADMIN", "BOTH", "NONE", "USER"])
            ),
            _rt.Field(
                "accessibility",
                "accessibility",
                _rt.enum("EsperSettingsAppsSettingsSettingsAccessibility", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "accessibility_cc_deuteranomaly",
                "accessibility_cc_deuteranomaly",
                _rt.enum(
                    "EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly", ["ADMIN", "BOTH", "NONE", "USER"]
                ),
            ),
            _rt.Field(
                "accessibility_cc_protanomaly",
                "accessibility_cc_protanomaly",
                _rt.enum(
                    "EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly", ["ADMIN", "BOTH", "NONE", "USER"]
                ),
            ),
            _rt.Field(
                "accessibility_cc_tritanomaly",
                "accessibility_cc_tritanomaly",
                _rt.enum(
                    "EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly", ["ADMIN", "BOTH", "NONE", "USER"]
                ),
            ),
            _rt.Field(
                "accessibility_display_size",
                "accessibility_display_size",
                _rt.enum(
                    "EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize", ["ADMIN", "BOTH", "NONE", "USER"]
                ),
            ),
            _rt.Field(
                "accessibility_font_scale",
                "accessibility_font_scale",
                _rt.enum("EsperSettingsAppsSettingsSettingsAccessibilityFontScale", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "accessibility_high_contrast_text",
                "accessibility_high_contrast_text",
                _rt.enum(
                    "EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText", ["ADMIN", "BOTH", "NONE", "USER"]
                ),
            ),
            _rt.Field(
                "accessibility_mono_audio",
                "accessibility_mono_audio",
                _rt.enum("EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "accessibility_reset_to_default",
                "accessibility_reset_to_default",
                _rt.enum(
                    "EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault", ["ADMIN", "BOTH", "NONE", "USER"]
                ),
            ),
            _rt.Field(
                "accessibility_talkback",
                "accessibility_talkback",
                _rt.enum("EsperSettingsAppsSettingsSettingsAccessibilityTalkback", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "accessibility_text_to_speech",
                "accessibility_text_to_speech",
                _rt.enum(
                    "EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech", ["ADMIN", "BOTH", "NONE", "USER"]
                ),
            ),
            _rt.Field(
                "airplane_mode",
                "airplane_mode",
                _rt.enum("EsperSettingsAppsSettingsSettingsAirplaneMode", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "auto_rotation",
                "auto_rotation",
                _rt.enum("EsperSettingsAppsSettingsSettingsAutoRotation", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "bluetooth",
                "bluetooth",
                _rt.enum("EsperSettingsAppsSettingsSettingsBluetooth", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "clear_app_data",
                "clear_app_data",
                _rt.enum("EsperSettingsAppsSettingsSettingsClearAppData", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "data_roaming",
                "data_roaming",
                _rt.enum("EsperSettingsAppsSettingsSettingsDataRoaming", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "display",
                "display",
                _rt.enum("EsperSettingsAppsSettingsSettingsDisplay", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "esper_branding",
                "esper_branding",
                _rt.enum("EsperSettingsAppsSettingsSettingsEsperBranding", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "factory_reset",
                "factory_reset",
                _rt.enum("EsperSettingsAppsSettingsSettingsFactoryReset", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "flashlight",
                "flashlight",
                _rt.enum("EsperSettingsAppsSettingsSettingsFlashlight", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "input_selection",
                "input_selection",
                _rt.enum("EsperSettingsAppsSettingsSettingsInputSelection", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "keyboard",
                "keyboard",
                _rt.enum("EsperSettingsAppsSettingsSettingsKeyboard", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "kiosk_app_selection",
                "kiosk_app_selection",
                _rt.enum("EsperSettingsAppsSettingsSettingsKioskAppSelection", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "language",
                "language",
                _rt.enum("EsperSettingsAppsSettingsSettingsLanguage", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "mobile_data",
                "mobile_data",
                _rt.enum("EsperSettingsAppsSettingsSettingsMobileData", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "reboot",
                "reboot",
                _rt.enum("EsperSettingsAppsSettingsSettingsReboot", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "sound", "sound", _rt.enum("EsperSettingsAppsSettingsSettingsSound", ["ADMIN", "BOTH", "NONE", "USER"])
            ),
            _rt.Field(
                "storage",
                "storage",
                _rt.enum("EsperSettingsAppsSettingsSettingsStorage", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "time_and_date",
                "time_and_date",
                _rt.enum("EsperSettingsAppsSettingsSettingsTimeAndDate", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
            _rt.Field(
                "wifi", "wifi", _rt.enum("EsperSettingsAppsSettingsSettingsWifi", ["ADMIN", "BOTH", "NONE", "USER"])
            ),
            _rt.Field(
                "wifi_tethering",
                "wifi_tethering",
                _rt.enum("EsperSettingsAppsSettingsSettingsWifiTethering", ["ADMIN", "BOTH", "NONE", "USER"]),
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class EsperSettingsAppsSettingsSettings:
    """
    Attributes:
        about (EsperSettingsAppsSettingsSettingsAbout | Unset):
        accessibility (EsperSettingsAppsSettingsSettingsAccessibility | Unset):
        accessibility_cc_deuteranomaly (EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly | Unset):
        accessibility_cc_protanomaly (EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly | Unset):
        accessibility_cc_tritanomaly (EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly | Unset):
        accessibility_display_size (EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize | Unset):
        accessibility_font_scale (EsperSettingsAppsSettingsSettingsAccessibilityFontScale | Unset):
        accessibility_high_contrast_text (EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText | Unset):
        accessibility_mono_audio (EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio | Unset):
        accessibility_reset_to_default (EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault | Unset):
        accessibility_talkback (EsperSettingsAppsSettingsSettingsAccessibilityTalkback | Unset):
        accessibility_text_to_speech (EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech | Unset):
        airplane_mode (EsperSettingsAppsSettingsSettingsAirplaneMode | Unset):
        auto_rotation (EsperSettingsAppsSettingsSettingsAutoRotation | Unset):
        bluetooth (EsperSettingsAppsSettingsSettingsBluetooth | Unset):
        clear_app_data (EsperSettingsAppsSettingsSettingsClearAppData | Unset):
        data_roaming (EsperSettingsAppsSettingsSettingsDataRoaming | Unset):
        display (EsperSettingsAppsSettingsSettingsDisplay | Unset):
        esper_branding (EsperSettingsAppsSettingsSettingsEsperBranding | Unset):
        factory_reset (EsperSettingsAppsSettingsSettingsFactoryReset | Unset):
        flashlight (EsperSettingsAppsSettingsSettingsFlashlight | Unset):
        input_selection (EsperSettingsAppsSettingsSettingsInputSelection | Unset):
        keyboard (EsperSettingsAppsSettingsSettingsKeyboard | Unset):
        kiosk_app_selection (EsperSettingsAppsSettingsSettingsKioskAppSelection | Unset):
        language (EsperSettingsAppsSettingsSettingsLanguage | Unset):
        mobile_data (EsperSettingsAppsSettingsSettingsMobileData | Unset):
        reboot (EsperSettingsAppsSettingsSettingsReboot | Unset):
        sound (EsperSettingsAppsSettingsSettingsSound | Unset):
        storage (EsperSettingsAppsSettingsSettingsStorage | Unset):
        time_and_date (EsperSettingsAppsSettingsSettingsTimeAndDate | Unset):
        wifi (EsperSettingsAppsSettingsSettingsWifi | Unset):
        wifi_tethering (EsperSettingsAppsSettingsSettingsWifiTethering | Unset):
    """

    about: EsperSettingsAppsSettingsSettingsAbout | Unset = UNSET
    accessibility: EsperSettingsAppsSettingsSettingsAccessibility | Unset = UNSET
    accessibility_cc_deuteranomaly: EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly | Unset = UNSET
    accessibility_cc_protanomaly: EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly | Unset = UNSET
    accessibility_cc_tritanomaly: EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly | Unset = UNSET
    accessibility_display_size: EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize | Unset = UNSET
    accessibility_font_scale: EsperSettingsAppsSettingsSettingsAccessibilityFontScale | Unset = UNSET
    accessibility_high_contrast_text: EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText | Unset = UNSET
    accessibility_mono_audio: EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio | Unset = UNSET
    accessibility_reset_to_default: EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault | Unset = UNSET
    accessibility_talkback: EsperSettingsAppsSettingsSettingsAccessibilityTalkback | Unset = UNSET
    accessibility_text_to_speech: EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech | Unset = UNSET
    airplane_mode: EsperSettingsAppsSettingsSettingsAirplaneMode | Unset = UNSET
    auto_rotation: EsperSettingsAppsSettingsSettingsAutoRotation | Unset = UNSET
    bluetooth: EsperSettingsAppsSettingsSettingsBluetooth | Unset = UNSET
    clear_app_data: EsperSettingsAppsSettingsSettingsClearAppData | Unset = UNSET
    data_roaming: EsperSettingsAppsSettingsSettingsDataRoaming | Unset = UNSET
    display: EsperSettingsAppsSettingsSettingsDisplay | Unset = UNSET
    esper_branding: EsperSettingsAppsSettingsSettingsEsperBranding | Unset = UNSET
    factory_reset: EsperSettingsAppsSettingsSettingsFactoryReset | Unset = UNSET
    flashlight: EsperSettingsAppsSettingsSettingsFlashlight | Unset = UNSET
    input_selection: EsperSettingsAppsSettingsSettingsInputSelection | Unset = UNSET
    keyboard: EsperSettingsAppsSettingsSettingsKeyboard | Unset = UNSET
    kiosk_app_selection: EsperSettingsAppsSettingsSettingsKioskAppSelection | Unset = UNSET
    language: EsperSettingsAppsSettingsSettingsLanguage | Unset = UNSET
    mobile_data: EsperSettingsAppsSettingsSettingsMobileData | Unset = UNSET
    reboot: EsperSettingsAppsSettingsSettingsReboot | Unset = UNSET
    sound: EsperSettingsAppsSettingsSettingsSound | Unset = UNSET
    storage: EsperSettingsAppsSettingsSettingsStorage | Unset = UNSET
    time_and_date: EsperSettingsAppsSettingsSettingsTimeAndDate | Unset = UNSET
    wifi: EsperSettingsAppsSettingsSettingsWifi | Unset = UNSET
    wifi_tethering: EsperSettingsAppsSettingsSettingsWifiTethering | Unset = UNSET
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
