from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.enterprise_policy_data_device_update_policy_password_quality import (
    EnterprisePolicyDataDeviceUpdatePolicyPasswordQuality,
)
from ..models.enterprise_policy_data_device_update_policy_type import (
    EnterprisePolicyDataDeviceUpdatePolicyType,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """EnterprisePolicyDataDeviceUpdatePolicy's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("maintenanceEnd", "maintenance_end", _rt.INT),
            _rt.Field("maintenanceStart", "maintenance_start", _rt.INT),
            _rt.Field(
                "passwordQuality",
                "password_quality",
                _rt.enum(
                    "EnterprisePolicyDataDeviceUpdatePolicyPasswordQuality",
                    [
                        "PASSWORD_QUALITY_ALPHABETIC",
                        "PASSWORD_QUALITY_ALPHANUMERIC",
                        "PASSWORD_QUALITY_BIOMETRIC_WEAK",
                        "PASSWORD_QUALITY_COMPLEX",
                        "PASSWORD_QUALITY_NUMERIC",
                        "PASSWORD_QUALITY_NUMERIC_COMPLEX",
                        "PASSWORD_QUALITY_SOMETHING",
                        "PASSWORD_QUALITY_UNSPECIFIED",
                    ],
                ),
            ),
            _rt.Field(
                "type",
                "type_",
                _rt.enum(
                    "EnterprisePolicyDataDeviceUpdatePolicyType",
                    ["TYPE_INSTALL_AUTOMATIC", "TYPE_INSTALL_DISABLED", "TYPE_INSTALL_WINDOWED", "TYPE_POSTPONE"],
                ),
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class EnterprisePolicyDataDeviceUpdatePolicy:
    """
    Attributes:
        maintenance_end (int | Unset):
        maintenance_start (int | Unset):
        password_quality (EnterprisePolicyDataDeviceUpdatePolicyPasswordQuality | Unset):
        type_ (EnterprisePolicyDataDeviceUpdatePolicyType | Unset):
    """

    maintenance_end: int | Unset = UNSET
    maintenance_start: int | Unset = UNSET
    password_quality: EnterprisePolicyDataDeviceUpdatePolicyPasswordQuality | Unset = UNSET
    type_: EnterprisePolicyDataDeviceUpdatePolicyType | Unset = UNSET
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
