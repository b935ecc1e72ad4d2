from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sound_section_section_type import SoundSectionSectionType, check_sound_section_section_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SoundSection")


@_attrs_define
class SoundSection:
    """
    Attributes:
        alarm_volume (int | Unset):
        locked (bool | Unset):
        music_volume (int | Unset):
        notification_volume (int | Unset):
        ring_volume (int | Unset):
        section_type (SoundSectionSectionType | Unset):
    """

    alarm_volume: int | Unset = UNSET
    locked: bool | Unset = UNSET
    music_volume: int | Unset = UNSET
    notification_volume: int | Unset = UNSET
    ring_volume: int | Unset = UNSET
    section_type: SoundSectionSectionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alarm_volume = self.alarm_volume

        locked = self.locked

        music_volume = self.music_volume

        notification_volume = self.notification_volume

        ring_volume = self.ring_volume

        section_type: str | Unset = UNSET
        if not isinstance(self.section_type, Unset):
            section_type = self.section_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alarm_volume is not UNSET:
            field_dict["alarm_volume"] = alarm_volume
        if locked is not UNSET:
            field_dict["locked"] = locked
        if music_volume is not UNSET:
            field_dict["music_volume"] = music_volume
        if notification_volume is not UNSET:
            field_dict["notification_volume"] = notification_volume
        if ring_volume is not UNSET:
            field_dict["ring_volume"] = ring_volume
        if section_type is not UNSET:
            field_dict["section_type"] = section_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alarm_volume = d.pop("alarm_volume", UNSET)

        locked = d.pop("locked", UNSET)

        music_volume = d.pop("music_volume", UNSET)

        notification_volume = d.pop("notification_volume", UNSET)

        ring_volume = d.pop("ring_volume", UNSET)

        _section_type = d.pop("section_type", UNSET)
        section_type: SoundSectionSectionType | Unset
        if isinstance(_section_type, Unset):
            section_type = UNSET
        else:
            section_type = check_sound_section_section_type(_section_type)

        sound_section = cls(
            alarm_volume=alarm_volume,
            locked=locked,
            music_volume=music_volume,
            notification_volume=notification_volume,
            ring_volume=ring_volume,
            section_type=section_type,
        )

        sound_section.additional_properties = d
        return sound_section

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
