from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.security_section_password_quality import (
    SecuritySectionPasswordQuality,
    check_security_section_password_quality,
)
from ..models.security_section_section_type import SecuritySectionSectionType, check_security_section_section_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SecuritySection")


@_attrs_define
class SecuritySection:
    """
    Attributes:
        adb_disabled (bool | Unset):
        factory_reset_disabled (bool | Unset):
        keyguard_disabled (bool | Unset):
        locked (bool | Unset):
        minimum_password_length (int | Unset):
        password_quality (SecuritySectionPasswordQuality | Unset):
        safe_boot_disabled (bool | Unset):
        screen_off_timeout (int | Unset):
        section_type (SecuritySectionSectionType | Unset):
    """

    adb_disabled: bool | Unset = UNSET
    factory_reset_disabled: bool | Unset = UNSET
    keyguard_disabled: bool | Unset = UNSET
    locked: bool | Unset = UNSET
    minimum_password_length: int | Unset = UNSET
    password_quality: SecuritySectionPasswordQuality | Unset = UNSET
    safe_boot_disabled: bool | Unset = UNSET
    screen_off_timeout: int | Unset = UNSET
    section_type: SecuritySectionSectionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adb_disabled = self.adb_disabled

        factory_reset_disabled = self.factory_reset_disabled

        keyguard_disabled = self.keyguard_disabled

        locked = self.locked

        minimum_password_length = self.minimum_password_length

        password_quality: str | Unset = UNSET
        if not isinstance(self.password_quality, Unset):
            password_quality = self.password_quality

        safe_boot_disabled = self.safe_boot_disabled

        screen_off_timeout = self.screen_off_timeout

        section_type: str | Unset = UNSET
        if not isinstance(self.section_type, Unset):
            section_type = self.section_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adb_disabled is not UNSET:
            field_dict["adb_disabled"] = adb_disabled
        if factory_reset_disabled is not UNSET:
            field_dict["factory_reset_disabled"] = factory_reset_disabled
        if keyguard_disabled is not UNSET:
            field_dict["keyguard_disabled"] = keyguard_disabled
        if locked is not UNSET:
            field_dict["locked"] = locked
        if minimum_password_length is not UNSET:
            field_dict["minimum_password_length"] = minimum_password_length
        if password_quality is not UNSET:
            field_dict["password_quality"] = password_quality
        if safe_boot_disabled is not UNSET:
            field_dict["safe_boot_disabled"] = safe_boot_disabled
        if screen_off_timeout is not UNSET:
            field_dict["screen_off_timeout"] = screen_off_timeout
        if section_type is not UNSET:
            field_dict["section_type"] = section_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        adb_disabled = d.pop("adb_disabled", UNSET)

        factory_reset_disabled = d.pop("factory_reset_disabled", UNSET)

        keyguard_disabled = d.pop("keyguard_disabled", UNSET)

        locked = d.pop("locked", UNSET)

        minimum_password_length = d.pop("minimum_password_length", UNSET)

        _password_quality = d.pop("password_quality", UNSET)
        password_quality: SecuritySectionPasswordQuality | Unset
        if isinstance(_password_quality, Unset):
            password_quality = UNSET
        else:
            password_quality = check_security_section_password_quality(_password_quality)

        safe_boot_disabled = d.pop("safe_boot_disabled", UNSET)

        screen_off_timeout = d.pop("screen_off_timeout", UNSET)

        _section_type = d.pop("section_type", UNSET)
        section_type: SecuritySectionSectionType | Unset
        if isinstance(_section_type, Unset):
            section_type = UNSET
        else:
            section_type = check_security_section_section_type(_section_type)

        security_section = cls(
            adb_disabled=adb_disabled,
            factory_reset_disabled=factory_reset_disabled,
            keyguard_disabled=keyguard_disabled,
            locked=locked,
            minimum_password_length=minimum_password_length,
            password_quality=password_quality,
            safe_boot_disabled=safe_boot_disabled,
            screen_off_timeout=screen_off_timeout,
            section_type=section_type,
        )

        security_section.additional_properties = d
        return security_section

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
