from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.esper_settings_apps_settings_settings_about import (
    EsperSettingsAppsSettingsSettingsAbout,
    check_esper_settings_apps_settings_settings_about,
)
from ..models.esper_settings_apps_settings_settings_accessibility import (
    EsperSettingsAppsSettingsSettingsAccessibility,
    check_esper_settings_apps_settings_settings_accessibility,
)
from ..models.esper_settings_apps_settings_settings_accessibility_cc_deuteranomaly import (
    EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly,
    check_esper_settings_apps_settings_settings_accessibility_cc_deuteranomaly,
)
from ..models.esper_settings_apps_settings_settings_accessibility_cc_protanomaly import (
    EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly,
    check_esper_settings_apps_settings_settings_accessibility_cc_protanomaly,
)
from ..models.esper_settings_apps_settings_settings_accessibility_cc_tritanomaly import (
    EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly,
    check_esper_settings_apps_settings_settings_accessibility_cc_tritanomaly,
)
from ..models.esper_settings_apps_settings_settings_accessibility_display_size import (
    EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize,
    check_esper_settings_apps_settings_settings_accessibility_display_size,
)
from ..models.esper_settings_apps_settings_settings_accessibility_font_scale import (
    EsperSettingsAppsSettingsSettingsAccessibilityFontScale,
    check_esper_settings_apps_settings_settings_accessibility_font_scale,
)
from ..models.esper_settings_apps_settings_settings_accessibility_high_contrast_text import (
    EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText,
    check_esper_settings_apps_settings_settings_accessibility_high_contrast_text,
)
from ..models.esper_settings_apps_settings_settings_accessibility_mono_audio import (
    EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio,
    check_esper_settings_apps_settings_settings_accessibility_mono_audio,
)
from ..models.esper_settings_apps_settings_settings_accessibility_reset_to_default import (
    EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault,
    check_esper_settings_apps_settings_settings_accessibility_reset_to_default,
)
from ..models.esper_settings_apps_settings_settings_accessibility_talkback import (
    EsperSettingsAppsSettingsSettingsAccessibilityTalkback,
    check_esper_settings_apps_settings_settings_accessibility_talkback,
)
from ..models.esper_settings_apps_settings_settings_accessibility_text_to_speech import (
    EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech,
    check_esper_settings_apps_settings_settings_accessibility_text_to_speech,
)
from ..models.esper_settings_apps_settings_settings_airplane_mode import (
    EsperSettingsAppsSettingsSettingsAirplaneMode,
    check_esper_settings_apps_settings_settings_airplane_mode,
)
from ..models.esper_settings_apps_settings_settings_auto_rotation import (
    EsperSettingsAppsSettingsSettingsAutoRotation,
    check_esper_settings_apps_settings_settings_auto_rotation,
)
from ..models.esper_settings_apps_settings_settings_bluetooth import (
    EsperSettingsAppsSettingsSettingsBluetooth,
    check_esper_settings_apps_settings_settings_bluetooth,
)
from ..models.esper_settings_apps_settings_settings_clear_app_data import (
    EsperSettingsAppsSettingsSettingsClearAppData,
    check_esper_settings_apps_settings_settings_clear_app_data,
)
from ..models.esper_settings_apps_settings_settings_data_roaming import (
    EsperSettingsAppsSettingsSettingsDataRoaming,
    check_esper_settings_apps_settings_settings_data_roaming,
)
from ..models.esper_settings_apps_settings_settings_display import (
    EsperSettingsAppsSettingsSettingsDisplay,
    check_esper_settings_apps_settings_settings_display,
)
from ..models.esper_settings_apps_settings_settings_esper_branding import (
    EsperSettingsAppsSettingsSettingsEsperBranding,
    check_esper_settings_apps_settings_settings_esper_branding,
)
from ..models.esper_settings_apps_settings_settings_factory_reset import (
    EsperSettingsAppsSettingsSettingsFactoryReset,
    check_esper_settings_apps_settings_settings_factory_reset,
)
from ..models.esper_settings_apps_settings_settings_flashlight import (
    EsperSettingsAppsSettingsSettingsFlashlight,
    check_esper_settings_apps_settings_settings_flashlight,
)
from ..models.esper_settings_apps_settings_settings_input_selection import (
    EsperSettingsAppsSettingsSettingsInputSelection,
    check_esper_settings_apps_settings_settings_input_selection,
)
from ..models.esper_settings_apps_settings_settings_keyboard import (
    EsperSettingsAppsSettingsSettingsKeyboard,
    check_esper_settings_apps_settings_settings_keyboard,
)
from ..models.esper_settings_apps_settings_settings_kiosk_app_selection import (
    EsperSettingsAppsSettingsSettingsKioskAppSelection,
    check_esper_settings_apps_settings_settings_kiosk_app_selection,
)
from ..models.esper_settings_apps_settings_settings_language import (
    EsperSettingsAppsSettingsSettingsLanguage,
    check_esper_settings_apps_settings_settings_language,
)
from ..models.esper_settings_apps_settings_settings_mobile_data import (
    EsperSettingsAppsSettingsSettingsMobileData,
    check_esper_settings_apps_settings_settings_mobile_data,
)
from ..models.esper_settings_apps_settings_settings_reboot import (
    EsperSettingsAppsSettingsSettingsReboot,
    check_esper_settings_apps_settings_settings_reboot,
)
from ..models.esper_settings_apps_settings_settings_sound import (
    EsperSettingsAppsSettingsSettingsSound,
    check_esper_settings_apps_settings_settings_sound,
)
from ..models.esper_settings_apps_settings_settings_storage import (
    EsperSettingsAppsSettingsSettingsStorage,
    check_esper_settings_apps_settings_settings_storage,
)
from ..models.esper_settings_apps_settings_settings_time_and_date import (
    EsperSettingsAppsSettingsSettingsTimeAndDate,
    check_esper_settings_apps_settings_settings_time_and_date,
)
from ..models.esper_settings_apps_settings_settings_wifi import (
    EsperSettingsAppsSettingsSettingsWifi,
    check_esper_settings_apps_settings_settings_wifi,
)
from ..models.esper_settings_apps_settings_settings_wifi_tethering import (
    EsperSettingsAppsSettingsSettingsWifiTethering,
    check_esper_settings_apps_settings_settings_wifi_tethering,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EsperSettingsAppsSettingsSettings")


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

    def to_dict(self) -> dict[str, Any]:
        about: str | Unset = UNSET
        if not isinstance(self.about, Unset):
            about = self.about

        accessibility: str | Unset = UNSET
        if not isinstance(self.accessibility, Unset):
            accessibility = self.accessibility

        accessibility_cc_deuteranomaly: str | Unset = UNSET
        if not isinstance(self.accessibility_cc_deuteranomaly, Unset):
            accessibility_cc_deuteranomaly = self.accessibility_cc_deuteranomaly

        accessibility_cc_protanomaly: str | Unset = UNSET
        if not isinstance(self.accessibility_cc_protanomaly, Unset):
            accessibility_cc_protanomaly = self.accessibility_cc_protanomaly

        accessibility_cc_tritanomaly: str | Unset = UNSET
        if not isinstance(self.accessibility_cc_tritanomaly, Unset):
            accessibility_cc_tritanomaly = self.accessibility_cc_tritanomaly

        accessibility_display_size: str | Unset = UNSET
        if not isinstance(self.accessibility_display_size, Unset):
            accessibility_display_size = self.accessibility_display_size

        accessibility_font_scale: str | Unset = UNSET
        if not isinstance(self.accessibility_font_scale, Unset):
            accessibility_font_scale = self.accessibility_font_scale

        accessibility_high_contrast_text: str | Unset = UNSET
        if not isinstance(self.accessibility_high_contrast_text, Unset):
            accessibility_high_contrast_text = self.accessibility_high_contrast_text

        accessibility_mono_audio: str | Unset = UNSET
        if not isinstance(self.accessibility_mono_audio, Unset):
            accessibility_mono_audio = self.accessibility_mono_audio

        accessibility_reset_to_default: str | Unset = UNSET
        if not isinstance(self.accessibility_reset_to_default, Unset):
            accessibility_reset_to_default = self.accessibility_reset_to_default

        accessibility_talkback: str | Unset = UNSET
        if not isinstance(self.accessibility_talkback, Unset):
            accessibility_talkback = self.accessibility_talkback

        accessibility_text_to_speech: str | Unset = UNSET
        if not isinstance(self.accessibility_text_to_speech, Unset):
            accessibility_text_to_speech = self.accessibility_text_to_speech

        airplane_mode: str | Unset = UNSET
        if not isinstance(self.airplane_mode, Unset):
            airplane_mode = self.airplane_mode

        auto_rotation: str | Unset = UNSET
        if not isinstance(self.auto_rotation, Unset):
            auto_rotation = self.auto_rotation

        bluetooth: str | Unset = UNSET
        if not isinstance(self.bluetooth, Unset):
            bluetooth = self.bluetooth

        clear_app_data: str | Unset = UNSET
        if not isinstance(self.clear_app_data, Unset):
            clear_app_data = self.clear_app_data

        data_roaming: str | Unset = UNSET
        if not isinstance(self.data_roaming, Unset):
            data_roaming = self.data_roaming

        display: str | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display

        esper_branding: str | Unset = UNSET
        if not isinstance(self.esper_branding, Unset):
            esper_branding = self.esper_branding

        factory_reset: str | Unset = UNSET
        if not isinstance(self.factory_reset, Unset):
            factory_reset = self.factory_reset

        flashlight: str | Unset = UNSET
        if not isinstance(self.flashlight, Unset):
            flashlight = self.flashlight

        input_selection: str | Unset = UNSET
        if not isinstance(self.input_selection, Unset):
            input_selection = self.input_selection

        keyboard: str | Unset = UNSET
        if not isinstance(self.keyboard, Unset):
            keyboard = self.keyboard

        kiosk_app_selection: str | Unset = UNSET
        if not isinstance(self.kiosk_app_selection, Unset):
            kiosk_app_selection = self.kiosk_app_selection

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        mobile_data: str | Unset = UNSET
        if not isinstance(self.mobile_data, Unset):
            mobile_data = self.mobile_data

        reboot: str | Unset = UNSET
        if not isinstance(self.reboot, Unset):
            reboot = self.reboot

        sound: str | Unset = UNSET
        if not isinstance(self.sound, Unset):
            sound = self.sound

        storage: str | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage

        time_and_date: str | Unset = UNSET
        if not isinstance(self.time_and_date, Unset):
            time_and_date = self.time_and_date

        wifi: str | Unset = UNSET
        if not isinstance(self.wifi, Unset):
            wifi = self.wifi

        wifi_tethering: str | Unset = UNSET
        if not isinstance(self.wifi_tethering, Unset):
            wifi_tethering = self.wifi_tethering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if about is not UNSET:
            field_dict["about"] = about
        if accessibility is not UNSET:
            field_dict["accessibility"] = accessibility
        if accessibility_cc_deuteranomaly is not UNSET:
            field_dict["accessibility_cc_deuteranomaly"] = accessibility_cc_deuteranomaly
        if accessibility_cc_protanomaly is not UNSET:
            field_dict["accessibility_cc_protanomaly"] = accessibility_cc_protanomaly
        if accessibility_cc_tritanomaly is not UNSET:
            field_dict["accessibility_cc_tritanomaly"] = accessibility_cc_tritanomaly
        if accessibility_display_size is not UNSET:
            field_dict["accessibility_display_size"] = accessibility_display_size
        if accessibility_font_scale is not UNSET:
            field_dict["accessibility_font_scale"] = accessibility_font_scale
        if accessibility_high_contrast_text is not UNSET:
            field_dict["accessibility_high_contrast_text"] = accessibility_high_contrast_text
        if accessibility_mono_audio is not UNSET:
            field_dict["accessibility_mono_audio"] = accessibility_mono_audio
        if accessibility_reset_to_default is not UNSET:
            field_dict["accessibility_reset_to_default"] = accessibility_reset_to_default
        if accessibility_talkback is not UNSET:
            field_dict["accessibility_talkback"] = accessibility_talkback
        if accessibility_text_to_speech is not UNSET:
            field_dict["accessibility_text_to_speech"] = accessibility_text_to_speech
        if airplane_mode is not UNSET:
            field_dict["airplane_mode"] = airplane_mode
        if auto_rotation is not UNSET:
            field_dict["auto_rotation"] = auto_rotation
        if bluetooth is not UNSET:
            field_dict["bluetooth"] = bluetooth
        if clear_app_data is not UNSET:
            field_dict["clear_app_data"] = clear_app_data
        if data_roaming is not UNSET:
            field_dict["data_roaming"] = data_roaming
        if display is not UNSET:
            field_dict["display"] = display
        if esper_branding is not UNSET:
            field_dict["esper_branding"] = esper_branding
        if factory_reset is not UNSET:
            field_dict["factory_reset"] = factory_reset
        if flashlight is not UNSET:
            field_dict["flashlight"] = flashlight
        if input_selection is not UNSET:
            field_dict["input_selection"] = input_selection
        if keyboard is not UNSET:
            field_dict["keyboard"] = keyboard
        if kiosk_app_selection is not UNSET:
            field_dict["kiosk_app_selection"] = kiosk_app_selection
        if language is not UNSET:
            field_dict["language"] = language
        if mobile_data is not UNSET:
            field_dict["mobile_data"] = mobile_data
        if reboot is not UNSET:
            field_dict["reboot"] = reboot
        if sound is not UNSET:
            field_dict["sound"] = sound
        if storage is not UNSET:
            field_dict["storage"] = storage
        if time_and_date is not UNSET:
            field_dict["time_and_date"] = time_and_date
        if wifi is not UNSET:
            field_dict["wifi"] = wifi
        if wifi_tethering is not UNSET:
            field_dict["wifi_tethering"] = wifi_tethering

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _about = d.pop("about", UNSET)
        about: EsperSettingsAppsSettingsSettingsAbout | Unset
        if isinstance(_about, Unset):
            about = UNSET
        else:
            about = check_esper_settings_apps_settings_settings_about(_about)

        _accessibility = d.pop("accessibility", UNSET)
        accessibility: EsperSettingsAppsSettingsSettingsAccessibility | Unset
        if isinstance(_accessibility, Unset):
            accessibility = UNSET
        else:
            accessibility = check_esper_settings_apps_settings_settings_accessibility(_accessibility)

        _accessibility_cc_deuteranomaly = d.pop("accessibility_cc_deuteranomaly", UNSET)
        accessibility_cc_deuteranomaly: EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly | Unset
        if isinstance(_accessibility_cc_deuteranomaly, Unset):
            accessibility_cc_deuteranomaly = UNSET
        else:
            accessibility_cc_deuteranomaly = check_esper_settings_apps_settings_settings_accessibility_cc_deuteranomaly(
                _accessibility_cc_deuteranomaly
            )

        _accessibility_cc_protanomaly = d.pop("accessibility_cc_protanomaly", UNSET)
        accessibility_cc_protanomaly: EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly | Unset
        if isinstance(_accessibility_cc_protanomaly, Unset):
            accessibility_cc_protanomaly = UNSET
        else:
            accessibility_cc_protanomaly = check_esper_settings_apps_settings_settings_accessibility_cc_protanomaly(
                _accessibility_cc_protanomaly
            )

        _accessibility_cc_tritanomaly = d.pop("accessibility_cc_tritanomaly", UNSET)
        accessibility_cc_tritanomaly: EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly | Unset
        if isinstance(_accessibility_cc_tritanomaly, Unset):
            accessibility_cc_tritanomaly = UNSET
        else:
            accessibility_cc_tritanomaly = check_esper_settings_apps_settings_settings_accessibility_cc_tritanomaly(
                _accessibility_cc_tritanomaly
            )

        _accessibility_display_size = d.pop("accessibility_display_size", UNSET)
        accessibility_display_size: EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize | Unset
        if isinstance(_accessibility_display_size, Unset):
            accessibility_display_size = UNSET
        else:
            accessibility_display_size = check_esper_settings_apps_settings_settings_accessibility_display_size(
                _accessibility_display_size
            )

        _accessibility_font_scale = d.pop("accessibility_font_scale", UNSET)
        accessibility_font_scale: EsperSettingsAppsSettingsSettingsAccessibilityFontScale | Unset
        if isinstance(_accessibility_font_scale, Unset):
            accessibility_font_scale = UNSET
        else:
            accessibility_font_scale = check_esper_settings_apps_settings_settings_accessibility_font_scale(
                _accessibility_font_scale
            )

        _accessibility_high_contrast_text = d.pop("accessibility_high_contrast_text", UNSET)
        accessibility_high_contrast_text: EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText | Unset
        if isinstance(_accessibility_high_contrast_text, Unset):
            accessibility_high_contrast_text = UNSET
        else:
            accessibility_high_contrast_text = (
                check_esper_settings_apps_settings_settings_accessibility_high_contrast_text(
                    _accessibility_high_contrast_text
                )
            )

        _accessibility_mono_audio = d.pop("accessibility_mono_audio", UNSET)
        accessibility_mono_audio: EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio | Unset
        if isinstance(_accessibility_mono_audio, Unset):
            accessibility_mono_audio = UNSET
        else:
            accessibility_mono_audio = check_esper_settings_apps_settings_settings_accessibility_mono_audio(
                _accessibility_mono_audio
            )

        _accessibility_reset_to_default = d.pop("accessibility_reset_to_default", UNSET)
        accessibility_reset_to_default: EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault | Unset
        if isinstance(_accessibility_reset_to_default, Unset):
            accessibility_reset_to_default = UNSET
        else:
            accessibility_reset_to_default = check_esper_settings_apps_settings_settings_accessibility_reset_to_default(
                _accessibility_reset_to_default
            )

        _accessibility_talkback = d.pop("accessibility_talkback", UNSET)
        accessibility_talkback: EsperSettingsAppsSettingsSettingsAccessibilityTalkback | Unset
        if isinstance(_accessibility_talkback, Unset):
            accessibility_talkback = UNSET
        else:
            accessibility_talkback = check_esper_settings_apps_settings_settings_accessibility_talkback(
                _accessibility_talkback
            )

        _accessibility_text_to_speech = d.pop("accessibility_text_to_speech", UNSET)
        accessibility_text_to_speech: EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech | Unset
        if isinstance(_accessibility_text_to_speech, Unset):
            accessibility_text_to_speech = UNSET
        else:
            accessibility_text_to_speech = check_esper_settings_apps_settings_settings_accessibility_text_to_speech(
                _accessibility_text_to_speech
            )

        _airplane_mode = d.pop("airplane_mode", UNSET)
        airplane_mode: EsperSettingsAppsSettingsSettingsAirplaneMode | Unset
        if isinstance(_airplane_mode, Unset):
            airplane_mode = UNSET
        else:
            airplane_mode = check_esper_settings_apps_settings_settings_airplane_mode(_airplane_mode)

        _auto_rotation = d.pop("auto_rotation", UNSET)
        auto_rotation: EsperSettingsAppsSettingsSettingsAutoRotation | Unset
        if isinstance(_auto_rotation, Unset):
            auto_rotation = UNSET
        else:
            auto_rotation = check_esper_settings_apps_settings_settings_auto_rotation(_auto_rotation)

        _bluetooth = d.pop("bluetooth", UNSET)
        bluetooth: EsperSettingsAppsSettingsSettingsBluetooth | Unset
        if isinstance(_bluetooth, Unset):
            bluetooth = UNSET
        else:
            bluetooth = check_esper_settings_apps_settings_settings_bluetooth(_bluetooth)

        _clear_app_data = d.pop("clear_app_data", UNSET)
        clear_app_data: EsperSettingsAppsSettingsSettingsClearAppData | Unset
        if isinstance(_clear_app_data, Unset):
            clear_app_data = UNSET
        else:
            clear_app_data = check_esper_settings_apps_settings_settings_clear_app_data(_clear_app_data)

        _data_roaming = d.pop("data_roaming", UNSET)
        data_roaming: EsperSettingsAppsSettingsSettingsDataRoaming | Unset
        if isinstance(_data_roaming, Unset):
            data_roaming = UNSET
        else:
            data_roaming = check_esper_settings_apps_settings_settings_data_roaming(_data_roaming)

        _display = d.pop("display", UNSET)
        display: EsperSettingsAppsSettingsSettingsDisplay | Unset
        if isinstance(_display, Unset):
            display = UNSET
        else:
            display = check_esper_settings_apps_settings_settings_display(_display)

        _esper_branding = d.pop("esper_branding", UNSET)
        esper_branding: EsperSettingsAppsSettingsSettingsEsperBranding | Unset
        if isinstance(_esper_branding, Unset):
            esper_branding = UNSET
        else:
            esper_branding = check_esper_settings_apps_settings_settings_esper_branding(_esper_branding)

        _factory_reset = d.pop("factory_reset", UNSET)
        factory_reset: EsperSettingsAppsSettingsSettingsFactoryReset | Unset
        if isinstance(_factory_reset, Unset):
            factory_reset = UNSET
        else:
            factory_reset = check_esper_settings_apps_settings_settings_factory_reset(_factory_reset)

        _flashlight = d.pop("flashlight", UNSET)
        flashlight: EsperSettingsAppsSettingsSettingsFlashlight | Unset
        if isinstance(_flashlight, Unset):
            flashlight = UNSET
        else:
            flashlight = check_esper_settings_apps_settings_settings_flashlight(_flashlight)

        _input_selection = d.pop("input_selection", UNSET)
        input_selection: EsperSettingsAppsSettingsSettingsInputSelection | Unset
        if isinstance(_input_selection, Unset):
            input_selection = UNSET
        else:
            input_selection = check_esper_settings_apps_settings_settings_input_selection(_input_selection)

        _keyboard = d.pop("keyboard", UNSET)
        keyboard: EsperSettingsAppsSettingsSettingsKeyboard | Unset
        if isinstance(_keyboard, Unset):
            keyboard = UNSET
        else:
            keyboard = check_esper_settings_apps_settings_settings_keyboard(_keyboard)

        _kiosk_app_selection = d.pop("kiosk_app_selection", UNSET)
        kiosk_app_selection: EsperSettingsAppsSettingsSettingsKioskAppSelection | Unset
        if isinstance(_kiosk_app_selection, Unset):
            kiosk_app_selection = UNSET
        else:
            kiosk_app_selection = check_esper_settings_apps_settings_settings_kiosk_app_selection(_kiosk_app_selection)

        _language = d.pop("language", UNSET)
        language: EsperSettingsAppsSettingsSettingsLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_esper_settings_apps_settings_settings_language(_language)

        _mobile_data = d.pop("mobile_data", UNSET)
        mobile_data: EsperSettingsAppsSettingsSettingsMobileData | Unset
        if isinstance(_mobile_data, Unset):
            mobile_data = UNSET
        else:
            mobile_data = check_esper_settings_apps_settings_settings_mobile_data(_mobile_data)

        _reboot = d.pop("reboot", UNSET)
        reboot: EsperSettingsAppsSettingsSettingsReboot | Unset
        if isinstance(_reboot, Unset):
            reboot = UNSET
        else:
            reboot = check_esper_settings_apps_settings_settings_reboot(_reboot)

        _sound = d.pop("sound", UNSET)
        sound: EsperSettingsAppsSettingsSettingsSound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = check_esper_settings_apps_settings_settings_sound(_sound)

        _storage = d.pop("storage", UNSET)
        storage: EsperSettingsAppsSettingsSettingsStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = check_esper_settings_apps_settings_settings_storage(_storage)

        _time_and_date = d.pop("time_and_date", UNSET)
        time_and_date: EsperSettingsAppsSettingsSettingsTimeAndDate | Unset
        if isinstance(_time_and_date, Unset):
            time_and_date = UNSET
        else:
            time_and_date = check_esper_settings_apps_settings_settings_time_and_date(_time_and_date)

        _wifi = d.pop("wifi", UNSET)
        wifi: EsperSettingsAppsSettingsSettingsWifi | Unset
        if isinstance(_wifi, Unset):
            wifi = UNSET
        else:
            wifi = check_esper_settings_apps_settings_settings_wifi(_wifi)

        _wifi_tethering = d.pop("wifi_tethering", UNSET)
        wifi_tethering: EsperSettingsAppsSettingsSettingsWifiTethering | Unset
        if isinstance(_wifi_tethering, Unset):
            wifi_tethering = UNSET
        else:
            wifi_tethering = check_esper_settings_apps_settings_settings_wifi_tethering(_wifi_tethering)

        esper_settings_apps_settings_settings = cls(
            about=about,
            accessibility=accessibility,
            accessibility_cc_deuteranomaly=accessibility_cc_deuteranomaly,
            accessibility_cc_protanomaly=accessibility_cc_protanomaly,
            accessibility_cc_tritanomaly=accessibility_cc_tritanomaly,
            accessibility_display_size=accessibility_display_size,
            accessibility_font_scale=accessibility_font_scale,
            accessibility_high_contrast_text=accessibility_high_contrast_text,
            accessibility_mono_audio=accessibility_mono_audio,
            accessibility_reset_to_default=accessibility_reset_to_default,
            accessibility_talkback=accessibility_talkback,
            accessibility_text_to_speech=accessibility_text_to_speech,
            airplane_mode=airplane_mode,
            auto_rotation=auto_rotation,
            bluetooth=bluetooth,
            clear_app_data=clear_app_data,
            data_roaming=data_roaming,
            display=display,
            esper_branding=esper_branding,
            factory_reset=factory_reset,
            flashlight=flashlight,
            input_selection=input_selection,
            keyboard=keyboard,
            kiosk_app_selection=kiosk_app_selection,
            language=language,
            mobile_data=mobile_data,
            reboot=reboot,
            sound=sound,
            storage=storage,
            time_and_date=time_and_date,
            wifi=wifi,
            wifi_tethering=wifi_tethering,
        )

        esper_settings_apps_settings_settings.additional_properties = d
        return esper_settings_apps_settings_settings

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
