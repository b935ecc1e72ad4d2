from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sound_settings_alarm_settings import SoundSettingsAlarmSettings
    from ..models.sound_settings_music_settings import SoundSettingsMusicSettings
    from ..models.sound_settings_notification_settings import SoundSettingsNotificationSettings
    from ..models.sound_settings_ringtone_settings import SoundSettingsRingtoneSettings
    from ..models.sound_settings_voice_call_settings import SoundSettingsVoiceCallSettings


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """SoundSettings's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.sound_settings_alarm_settings import SoundSettingsAlarmSettings  # noqa: PLC0415
    from ..models.sound_settings_music_settings import SoundSettingsMusicSettings  # noqa: PLC0415
    from ..models.sound_settings_notification_settings import SoundSettingsNotificationSettings  # noqa: PLC0415
    from ..models.sound_settings_ringtone_settings import SoundSettingsRingtoneSettings  # noqa: PLC0415
    from ..models.sound_settings_voice_call_settings import SoundSettingsVoiceCallSettings  # noqa: PLC0415

    return (
        (
            _rt.Field("alarm_settings", "alarm_settings", _rt.model(SoundSettingsAlarmSettings)),
            _rt.Field("music_settings", "music_settings", _rt.model(SoundSettingsMusicSettings)),
            _rt.Field("notification_settings", "notification_settings", _rt.model(SoundSettingsNotificationSettings)),
            _rt.Field("ringtone_settings", "ringtone_settings", _rt.model(SoundSettingsRingtoneSettings)),
            _rt.Field("voice_call_settings", "voice_call_settings", _rt.model(SoundSettingsVoiceCallSettings)),
        ),
        _rt.ANY,
    )


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
