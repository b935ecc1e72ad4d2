from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.hardware_settings_section_gps_state import (
    HardwareSettingsSectionGpsState,
)
from ..models.hardware_settings_section_section_type import (
    HardwareSettingsSectionSectionType,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """HardwareSettingsSection's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("camera_disabled", "camera_disabled", _rt.BOOL),
            _rt.Field(
                "gps_state",
                "gps_state",
                _rt.enum(
                    "HardwareSettingsSectionGpsState",
                    [
                        "LOCATION_MODE_BATTERY_SAVING",
                        "LOCATION_MODE_HIGH_ACCURACY",
                        "LOCATION_MODE_OFF",
                        "LOCATION_MODE_ON",
                        "LOCATION_MODE_SENSORS_ONLY",
                    ],
                ),
            ),
            _rt.Field("locked", "locked", _rt.BOOL),
            _rt.Field(
                "section_type",
                "section_type",
                _rt.enum("HardwareSettingsSectionSectionType", ["Independent", "Inherited"]),
            ),
            _rt.Field("tethering_disabled", "tethering_disabled", _rt.BOOL),
            _rt.Field("usb_connectivity_disabled", "usb_connectivity_disabled", _rt.BOOL),
            _rt.Field("usb_file_transfer_disabled", "usb_file_transfer_disabled", _rt.BOOL),
        ),
        _rt.ANY,
    )


@_attrs_define
class HardwareSettingsSection:
    """
    Attributes:
        camera_disabled (bool | Unset):
        gps_state (HardwareSettingsSectionGpsState | Unset):
        locked (bool | Unset):
        section_type (HardwareSettingsSectionSectionType | Unset):
        tethering_disabled (bool | Unset):
        usb_connectivity_disabled (bool | Unset):
        usb_file_transfer_disabled (bool | Unset):
    """

    camera_disabled: bool | Unset = UNSET
    gps_state: HardwareSettingsSectionGpsState | Unset = UNSET
    locked: bool | Unset = UNSET
    section_type: HardwareSettingsSectionSectionType | Unset = UNSET
    tethering_disabled: bool | Unset = UNSET
    usb_connectivity_disabled: bool | Unset = UNSET
    usb_file_transfer_disabled: bool | Unset = UNSET
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
