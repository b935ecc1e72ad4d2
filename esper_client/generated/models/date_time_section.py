from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_time_section_section_type import DateTimeSectionSectionType, check_date_time_section_section_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DateTimeSection")


@_attrs_define
class DateTimeSection:
    """
    Attributes:
        date_time_config_disabled (bool | Unset):
        device_locale (str | Unset):
        locked (bool | Unset):
        section_type (DateTimeSectionSectionType | Unset):
        timezone_string (str | Unset):
    """

    date_time_config_disabled: bool | Unset = UNSET
    device_locale: str | Unset = UNSET
    locked: bool | Unset = UNSET
    section_type: DateTimeSectionSectionType | Unset = UNSET
    timezone_string: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_time_config_disabled = self.date_time_config_disabled

        device_locale = self.device_locale

        locked = self.locked

        section_type: str | Unset = UNSET
        if not isinstance(self.section_type, Unset):
            section_type = self.section_type

        timezone_string = self.timezone_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_time_config_disabled is not UNSET:
            field_dict["date_time_config_disabled"] = date_time_config_disabled
        if device_locale is not UNSET:
            field_dict["device_locale"] = device_locale
        if locked is not UNSET:
            field_dict["locked"] = locked
        if section_type is not UNSET:
            field_dict["section_type"] = section_type
        if timezone_string is not UNSET:
            field_dict["timezone_string"] = timezone_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_time_config_disabled = d.pop("date_time_config_disabled", UNSET)

        device_locale = d.pop("device_locale", UNSET)

        locked = d.pop("locked", UNSET)

        _section_type = d.pop("section_type", UNSET)
        section_type: DateTimeSectionSectionType | Unset
        if isinstance(_section_type, Unset):
            section_type = UNSET
        else:
            section_type = check_date_time_section_section_type(_section_type)

        timezone_string = d.pop("timezone_string", UNSET)

        date_time_section = cls(
            date_time_config_disabled=date_time_config_disabled,
            device_locale=device_locale,
            locked=locked,
            section_type=section_type,
            timezone_string=timezone_string,
        )

        date_time_section.additional_properties = d
        return date_time_section

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
