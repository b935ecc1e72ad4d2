from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy")


@_attrs_define
class SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy:
    """
    Attributes:
        about (str | Unset):
        accessibility (str | Unset):
        accessibility_cc_deuteranomaly (str | Unset):
        accessibility_cc_protanomaly (str | Unset):
        accessibility_cc_tritanomaly (str | Unset):
        accessibility_display_size (str | Unset):
        accessibility_high_contrast_text (str | Unset):
        accessibility_mono_audio (str | Unset):
        accessibility_reset_to_default (str | Unset):
        accessibility_talkback (str | Unset):
        accessibility_text_to_speech (str | Unset):
        airplane_mode (str | Unset):
        auto_rotation (str | Unset):
        bluetooth (str | Unset):
        clear_app_data (str | Unset):
        data_roaming (str | Unset):
        display (str | Unset):
        esper_branding (str | Unset):
        factory_reset (str | Unset):
        flashlight (str | Unset):
        input_selection (str | Unset):
        keyboard (str | Unset):
        kiosk_app_selection (str | Unset):
        language (str | Unset):
        mobile_data (str | Unset):
        reboot (str | Unset):
        sound (str | Unset):
        storage (str | Unset):
        time_and_date (str | Unset):
        wifi (str | Unset):
        wifi_tethering (str | Unset):
    """

    about: str | Unset = UNSET
    accessibility: str | Unset = UNSET
    accessibility_cc_deuteranomaly: str | Unset = UNSET
    accessibility_cc_protanomaly: str | Unset = UNSET
    accessibility_cc_tritanomaly: str | Unset = UNSET
    accessibility_display_size: str | Unset = UNSET
    accessibility_high_contrast_text: str | Unset = UNSET
    accessibility_mono_audio: str | Unset = UNSET
    accessibility_reset_to_default: str | Unset = UNSET
    accessibility_talkback: str | Unset = UNSET
    accessibility_text_to_speech: str | Unset = UNSET
    airplane_mode: str | Unset = UNSET
    auto_rotation: str | Unset = UNSET
    bluetooth: str | Unset = UNSET
    clear_app_data: str | Unset = UNSET
    data_roaming: str | Unset = UNSET
    display: str | Unset = UNSET
    esper_branding: str | Unset = UNSET
    factory_reset: str | Unset = UNSET
    flashlight: str | Unset = UNSET
    input_selection: str | Unset = UNSET
    keyboard: str | Unset = UNSET
    kiosk_app_selection: str | Unset = UNSET
    language: str | Unset = UNSET
    mobile_data: str | Unset = UNSET
    reboot: str | Unset = UNSET
    sound: str | Unset = UNSET
    storage: str | Unset = UNSET
    time_and_date: str | Unset = UNSET
    wifi: str | Unset = UNSET
    wifi_tethering: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        about = self.about

        accessibility = self.accessibility

        accessibility_cc_deuteranomaly = self.accessibility_cc_deuteranomaly

        accessibility_cc_protanomaly = self.accessibility_cc_protanomaly

        accessibility_cc_tritanomaly = self.accessibility_cc_tritanomaly

        accessibility_display_size = self.accessibility_display_size

        accessibility_high_contrast_text = self.accessibility_high_contrast_text

        accessibility_mono_audio = self.accessibility_mono_audio

        accessibility_reset_to_default = self.accessibility_reset_to_default

        accessibility_talkback = self.accessibility_talkback

        accessibility_text_to_speech = self.accessibility_text_to_speech

        airplane_mode = self.airplane_mode

        auto_rotation = self.auto_rotation

        bluetooth = self.bluetooth

        clear_app_data = self.clear_app_data

        data_roaming = self.data_roaming

        display = self.display

        esper_branding = self.esper_branding

        factory_reset = self.factory_reset

        flashlight = self.flashlight

        input_selection = self.input_selection

        keyboard = self.keyboard

        kiosk_app_selection = self.kiosk_app_selection

        language = self.language

        mobile_data = self.mobile_data

        reboot = self.reboot

        sound = self.sound

        storage = self.storage

        time_and_date = self.time_and_date

        wifi = self.wifi

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
        about = d.pop("about", UNSET)

        accessibility = d.pop("accessibility", UNSET)

        accessibility_cc_deuteranomaly = d.pop("accessibility_cc_deuteranomaly", UNSET)

        accessibility_cc_protanomaly = d.pop("accessibility_cc_protanomaly", UNSET)

        accessibility_cc_tritanomaly = d.pop("accessibility_cc_tritanomaly", UNSET)

        accessibility_display_size = d.pop("accessibility_display_size", UNSET)

        accessibility_high_contrast_text = d.pop("accessibility_high_contrast_text", UNSET)

        accessibility_mono_audio = d.pop("accessibility_mono_audio", UNSET)

        accessibility_reset_to_default = d.pop("accessibility_reset_to_default", UNSET)

        accessibility_talkback = d.pop("accessibility_talkback", UNSET)

        accessibility_text_to_speech = d.pop("accessibility_text_to_speech", UNSET)

        airplane_mode = d.pop("airplane_mode", UNSET)

        auto_rotation = d.pop("auto_rotation", UNSET)

        bluetooth = d.pop("bluetooth", UNSET)

        clear_app_data = d.pop("clear_app_data", UNSET)

        data_roaming = d.pop("data_roaming", UNSET)

        display = d.pop("display", UNSET)

        esper_branding = d.pop("esper_branding", UNSET)

        factory_reset = d.pop("factory_reset", UNSET)

        flashlight = d.pop("flashlight", UNSET)

        input_selection = d.pop("input_selection", UNSET)

        keyboard = d.pop("keyboard", UNSET)

        kiosk_app_selection = d.pop("kiosk_app_selection", UNSET)

        language = d.pop("language", UNSET)

        mobile_data = d.pop("mobile_data", UNSET)

        reboot = d.pop("reboot", UNSET)

        sound = d.pop("sound", UNSET)

        storage = d.pop("storage", UNSET)

        time_and_date = d.pop("time_and_date", UNSET)

        wifi = d.pop("wifi", UNSET)

        wifi_tethering = d.pop("wifi_tethering", UNSET)

        settings_app_section_esper_settings_app_esper_settings_app_policy = cls(
            about=about,
            accessibility=accessibility,
            accessibility_cc_deuteranomaly=accessibility_cc_deuteranomaly,
            accessibility_cc_protanomaly=accessibility_cc_protanomaly,
            accessibility_cc_tritanomaly=accessibility_cc_tritanomaly,
            accessibility_display_size=accessibility_display_size,
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

        settings_app_section_esper_settings_app_esper_settings_app_policy.additional_properties = d
        return settings_app_section_esper_settings_app_esper_settings_app_policy

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
