from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sound_settings_alarm_settings import SoundSettingsAlarmSettings
    from ..models.sound_settings_music_settings import SoundSettingsMusicSettings
    from ..models.sound_settings_notification_settings import SoundSettingsNotificationSettings
    from ..models.sound_settings_ringtone_settings import SoundSettingsRingtoneSettings
    from ..models.sound_settings_voice_call_settings import SoundSettingsVoiceCallSettings


T = TypeVar("T", bound="SoundSettings")


@_attrs_define
class SoundSettings:
    """
    Attributes:
        alarm_settings (SoundSettingsAlarmSettings | Unset):
        music_settings (SoundSettingsMusicSettings | Unset):
        notification_settings (SoundSettingsNotificationSettings | Unset):
        ringtone_settings (SoundSettingsRingtoneSettings | Unset):
        voice_call_settings (SoundSettingsVoiceCallSettings | Unset):
    """

    alarm_settings: SoundSettingsAlarmSettings | Unset = UNSET
    music_settings: SoundSettingsMusicSettings | Unset = UNSET
    notification_settings: SoundSettingsNotificationSettings | Unset = UNSET
    ringtone_settings: SoundSettingsRingtoneSettings | Unset = UNSET
    voice_call_settings: SoundSettingsVoiceCallSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alarm_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alarm_settings, Unset):
            alarm_settings = self.alarm_settings.to_dict()

        music_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.music_settings, Unset):
            music_settings = self.music_settings.to_dict()

        notification_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_settings, Unset):
            notification_settings = self.notification_settings.to_dict()

        ringtone_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ringtone_settings, Unset):
            ringtone_settings = self.ringtone_settings.to_dict()

        voice_call_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_call_settings, Unset):
            voice_call_settings = self.voice_call_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alarm_settings is not UNSET:
            field_dict["alarm_settings"] = alarm_settings
        if music_settings is not UNSET:
            field_dict["music_settings"] = music_settings
        if notification_settings is not UNSET:
            field_dict["notification_settings"] = notification_settings
        if ringtone_settings is not UNSET:
            field_dict["ringtone_settings"] = ringtone_settings
        if voice_call_settings is not UNSET:
            field_dict["voice_call_settings"] = voice_call_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            SoundSettingsAlarmSettings,
            SoundSettingsMusicSettings,
            SoundSettingsNotificationSettings,
            SoundSettingsRingtoneSettings,
            SoundSettingsVoiceCallSettings,
        ) = _nested_models()

        d = dict(src_dict)
        _alarm_settings = d.pop("alarm_settings", UNSET)
        alarm_settings: SoundSettingsAlarmSettings | Unset
        if isinstance(_alarm_settings, Unset):
            alarm_settings = UNSET
        else:
            alarm_settings = SoundSettingsAlarmSettings.from_dict(_alarm_settings)

        _music_settings = d.pop("music_settings", UNSET)
        music_settings: SoundSettingsMusicSettings | Unset
        if isinstance(_music_settings, Unset):
            music_settings = UNSET
        else:
            music_settings = SoundSettingsMusicSettings.from_dict(_music_settings)

        _notification_settings = d.pop("notification_settings", UNSET)
        notification_settings: SoundSettingsNotificationSettings | Unset
        if isinstance(_notification_settings, Unset):
            notification_settings = UNSET
        else:
            notification_settings = SoundSettingsNotificationSettings.from_dict(_notification_settings)

        _ringtone_settings = d.pop("ringtone_settings", UNSET)
        ringtone_settings: SoundSettingsRingtoneSettings | Unset
        if isinstance(_ringtone_settings, Unset):
            ringtone_settings = UNSET
        else:
            ringtone_settings = SoundSettingsRingtoneSettings.from_dict(_ringtone_settings)

        _voice_call_settings = d.pop("voice_call_settings", UNSET)
        voice_call_settings: SoundSettingsVoiceCallSettings | Unset
        if isinstance(_voice_call_settings, Unset):
            voice_call_settings = UNSET
        else:
            voice_call_settings = SoundSettingsVoiceCallSettings.from_dict(_voice_call_settings)

        sound_settings = cls(
            alarm_settings=alarm_settings,
            music_settings=music_settings,
            notification_settings=notification_settings,
            ringtone_settings=ringtone_settings,
            voice_call_settings=voice_call_settings,
        )

        sound_settings.additional_properties = d
        return sound_settings

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
    type[SoundSettingsAlarmSettings],
    type[SoundSettingsMusicSettings],
    type[SoundSettingsNotificationSettings],
    type[SoundSettingsRingtoneSettings],
    type[SoundSettingsVoiceCallSettings],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.sound_settings_alarm_settings import SoundSettingsAlarmSettings  # noqa: PLC0415
    from ..models.sound_settings_music_settings import SoundSettingsMusicSettings  # noqa: PLC0415
    from ..models.sound_settings_notification_settings import SoundSettingsNotificationSettings  # noqa: PLC0415
    from ..models.sound_settings_ringtone_settings import SoundSettingsRingtoneSettings  # noqa: PLC0415
    from ..models.sound_settings_voice_call_settings import SoundSettingsVoiceCallSettings  # noqa: PLC0415

    return (
        SoundSettingsAlarmSettings,
        SoundSettingsMusicSettings,
        SoundSettingsNotificationSettings,
        SoundSettingsRingtoneSettings,
        SoundSettingsVoiceCallSettings,
    )
