from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.security_section_password_quality import (
    SecuritySectionPasswordQuality,
)
from ..models.security_section_section_type import SecuritySectionSectionType
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """SecuritySection's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("adb_disabled", "adb_disabled", _rt.BOOL),
            _rt.Field("factory_reset_disabled", "factory_reset_disabled", _rt.BOOL),
            _rt.Field("keyguard_disabled", "keyguard_disabled", _rt.BOOL),
            _rt.Field("locked", "locked", _rt.BOOL),
            _rt.Field("minimum_password_length", "minimum_password_length", _rt.INT),
            _rt.Field(
                "password_quality",
                "password_quality",
                _rt.enum(
                    "SecuritySectionPasswordQuality",
                    [
                        "PASSWORD_QUALITY_ALPHABETIC",
                        "PASSWORD_QUALITY_ALPHANUMERIC",
                        "PASSWORD_QUALITY_BIOMETRIC_WEAK",
                        "PASSWORD_QUALITY_COMPLEX",
                        "PASSWORD_QUALITY_NUMERIC",
                        "PASSWORD_QUALITY_UNSPECIFIED",
                    ],
                ),
            ),
            _rt.Field("safe_boot_disabled", "safe_boot_disabled", _rt.BOOL),
            _rt.Field("screen_off_timeout", "screen_off_timeout", _rt.INT),
            _rt.Field(
                "section_type", "section_type", _rt.enum("SecuritySectionSectionType", ["Independent", "Inherited"])
            ),
        ),
        _rt.ANY,
    )


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
