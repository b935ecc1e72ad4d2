from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.apply_policy import ApplyPolicy
from ..models.lock_screen_settings_password_quality import (
    LockScreenSettingsPasswordQuality,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """LockScreenSettings's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("allow_keyguard", "allow_keyguard", _rt.BOOL, required=True),
            _rt.Field(
                "apply_policy",
                "apply_policy",
                _rt.enum("ApplyPolicy", ["ALWAYS APPLY", "IGNORE", "PROVISION ONLY"]),
                required=True,
            ),
            _rt.Field(
                "password_quality",
                "password_quality",
                _rt.enum(
                    "LockScreenSettingsPasswordQuality",
                    ["ALPHABETIC", "ALPHANUMERIC", "BIOMETRIC_WEAK", "COMPLEX", "NONE", "NUMERIC"],
                ),
                required=True,
            ),
            _rt.Field(
                "minimum_password_length",
                "minimum_password_length",
                _rt.union(
                    _rt.INT,
                    _rt.NONE,
                ),
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class LockScreenSettings:
    """
    Attributes:
        allow_keyguard (bool):
        apply_policy (ApplyPolicy):
        password_quality (LockScreenSettingsPasswordQuality):
        minimum_password_length (int | None | Unset):
    """

    allow_keyguard: bool
    apply_policy: ApplyPolicy
    password_quality: LockScreenSettingsPasswordQuality
    minimum_password_length: int | None | Unset = UNSET
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
