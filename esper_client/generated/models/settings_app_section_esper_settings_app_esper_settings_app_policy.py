from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("about", "about", _rt.STR),
            _rt.Field("accessibility", "accessibility", _rt.STR),
            _rt.Field("accessibility_cc_deuteranomaly", "accessibility_cc_deuteranomaly", _rt.STR),
            _rt.Field("accessibility_cc_protanomaly", "accessibility_cc_protanomaly", _rt.STR),
            _rt.Field("accessibility_cc_tritanomaly", "accessibility_cc_tritanomaly", _rt.STR),
            _rt.Field("accessibility_display_size", "accessibility_display_size", _rt.STR),
            _rt.Field("accessibility_high_contrast_text", "accessibility_high_contrast_text", _rt.STR),
            _rt.Field("accessibility_mono_audio", "accessibility_mono_audio", _rt.STR),
            _rt.Field("accessibility_reset_to_default", "accessibility_reset_to_default", _rt.STR),
            _rt.Field("accessibility_talkback", "accessibility_talkback", _rt.STR),
            _rt.Field("accessibility_text_to_speech", "accessibility_text_to_speech", _rt.STR),
            _rt.Field("airplane_mode", "airplane_mode", _rt.STR),
            _rt.Field("auto_rotation", "auto_rotation", _rt.STR),
            _rt.Field("bluetooth", "bluetooth", _rt.STR),
            _rt.Field("clear_app_data", "clear_app_data", _rt.STR),
            _rt.Field("data_roaming", "data_roaming", _rt.STR),
            _rt.Field("display", "display", _rt.STR),
            _rt.Field("esper_branding", "esper_branding", _rt.STR),
            _rt.Field("factory_reset", "factory_reset", _rt.STR),
            _rt.Field("flashlight", "flashlight", _rt.STR),
            _rt.Field("input_selection", "input_selection", _rt.STR),
            _rt.Field("keyboard", "keyboard", _rt.STR),
            _rt.Field("kiosk_app_selection", "kiosk_app_selection", _rt.STR),
            _rt.Field("language", "language", _rt.STR),
            _rt.Field("mobile_data", "mobile_data", _rt.STR),
            _rt.Field("reboot", "reboot", _rt.STR),
            _rt.Field("sound", "sound", _rt.STR),
            _rt.Field("storage", "storage", _rt.STR),
            _rt.Field("time_and_date", "time_and_date", _rt.STR),
            _rt.Field("wifi", "wifi", _rt.STR),
            _rt.Field("wifi_tethering", "wifi_tethering", _rt.STR),
        ),
        _rt.ANY,
    )


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
