from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hardware_settings_section_gps_state import (
    HardwareSettingsSectionGpsState,
    check_hardware_settings_section_gps_state,
)
from ..models.hardware_settings_section_section_type import (
    HardwareSettingsSectionSectionType,
    check_hardware_settings_section_section_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HardwareSettingsSection")


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

    def to_dict(self) -> dict[str, Any]:
        camera_disabled = self.camera_disabled

        gps_state: str | Unset = UNSET
        if not isinstance(self.gps_state, Unset):
            gps_state = self.gps_state

        locked = self.locked

        section_type: str | Unset = UNSET
        if not isinstance(self.section_type, Unset):
            section_type = self.section_type

        tethering_disabled = self.tethering_disabled

        usb_connectivity_disabled = self.usb_connectivity_disabled

        usb_file_transfer_disabled = self.usb_file_transfer_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if camera_disabled is not UNSET:
            field_dict["camera_disabled"] = camera_disabled
        if gps_state is not UNSET:
            field_dict["gps_state"] = gps_state
        if locked is not UNSET:
            field_dict["locked"] = locked
        if section_type is not UNSET:
            field_dict["section_type"] = section_type
        if tethering_disabled is not UNSET:
            field_dict["tethering_disabled"] = tethering_disabled
        if usb_connectivity_disabled is not UNSET:
            field_dict["usb_connectivity_disabled"] = usb_connectivity_disabled
        if usb_file_transfer_disabled is not UNSET:
            field_dict["usb_file_transfer_disabled"] = usb_file_transfer_disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        camera_disabled = d.pop("camera_disabled", UNSET)

        _gps_state = d.pop("gps_state", UNSET)
        gps_state: HardwareSettingsSectionGpsState | Unset
        if isinstance(_gps_state, Unset):
            gps_state = UNSET
        else:
            gps_state = check_hardware_settings_section_gps_state(_gps_state)

        locked = d.pop("locked", UNSET)

        _section_type = d.pop("section_type", UNSET)
        section_type: HardwareSettingsSectionSectionType | Unset
        if isinstance(_section_type, Unset):
            section_type = UNSET
        else:
            section_type = check_hardware_settings_section_section_type(_section_type)

        tethering_disabled = d.pop("tethering_disabled", UNSET)

        usb_connectivity_disabled = d.pop("usb_connectivity_disabled", UNSET)

        usb_file_transfer_disabled = d.pop("usb_file_transfer_disabled", UNSET)

        hardware_settings_section = cls(
            camera_disabled=camera_disabled,
            gps_state=gps_state,
            locked=locked,
            section_type=section_type,
            tethering_disabled=tethering_disabled,
            usb_connectivity_disabled=usb_connectivity_disabled,
            usb_file_transfer_disabled=usb_file_transfer_disabled,
        )

        hardware_settings_section.additional_properties = d
        return hardware_settings_section

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
