from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WindowsDeviceV2HardwareInfo")


@_attrs_define
class WindowsDeviceV2HardwareInfo:
    """
    Attributes:
        brand (str | Unset):
        hardware (str | Unset):
        manufacturer (str | Unset):
        model (str | Unset):
        serial (str | Unset):
    """

    brand: str | Unset = UNSET
    hardware: str | Unset = UNSET
    manufacturer: str | Unset = UNSET
    model: str | Unset = UNSET
    serial: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        hardware = self.hardware

        manufacturer = self.manufacturer

        model = self.model

        serial = self.serial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if hardware is not UNSET:
            field_dict["hardware"] = hardware
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if model is not UNSET:
            field_dict["model"] = model
        if serial is not UNSET:
            field_dict["serial"] = serial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand = d.pop("brand", UNSET)

        hardware = d.pop("hardware", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        model = d.pop("model", UNSET)

        serial = d.pop("serial", UNSET)

        windows_device_v2_hardware_info = cls(
            brand=brand,
            hardware=hardware,
            manufacturer=manufacturer,
            model=model,
            serial=serial,
        )

        windows_device_v2_hardware_info.additional_properties = d
        return windows_device_v2_hardware_info

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
