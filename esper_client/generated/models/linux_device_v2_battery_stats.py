from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinuxDeviceV2BatteryStats")


@_attrs_define
class LinuxDeviceV2BatteryStats:
    """
    Attributes:
        battery_energy (float | Unset):
        battery_energy_full (float | Unset):
        battery_energy_full_design (float | Unset):
        battery_health (float | Unset):
        battery_level (float | Unset):
        battery_present (bool | Unset):
        battery_state (str | Unset):
        battery_technology (str | Unset):
        battery_temperature (float | Unset):
        battery_voltage (float | Unset):
    """

    battery_energy: float | Unset = UNSET
    battery_energy_full: float | Unset = UNSET
    battery_energy_full_design: float | Unset = UNSET
    battery_health: float | Unset = UNSET
    battery_level: float | Unset = UNSET
    battery_present: bool | Unset = UNSET
    battery_state: str | Unset = UNSET
    battery_technology: str | Unset = UNSET
    battery_temperature: float | Unset = UNSET
    battery_voltage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        battery_energy = self.battery_energy

        battery_energy_full = self.battery_energy_full

        battery_energy_full_design = self.battery_energy_full_design

        battery_health = self.battery_health

        battery_level = self.battery_level

        battery_present = self.battery_present

        battery_state = self.battery_state

        battery_technology = self.battery_technology

        battery_temperature = self.battery_temperature

        battery_voltage = self.battery_voltage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if battery_energy is not UNSET:
            field_dict["battery_energy"] = battery_energy
        if battery_energy_full is not UNSET:
            field_dict["battery_energy_full"] = battery_energy_full
        if battery_energy_full_design is not UNSET:
            field_dict["battery_energy_full_design"] = battery_energy_full_design
        if battery_health is not UNSET:
            field_dict["battery_health"] = battery_health
        if battery_level is not UNSET:
            field_dict["battery_level"] = battery_level
        if battery_present is not UNSET:
            field_dict["battery_present"] = battery_present
        if battery_state is not UNSET:
            field_dict["battery_state"] = battery_state
        if battery_technology is not UNSET:
            field_dict["battery_technology"] = battery_technology
        if battery_temperature is not UNSET:
            field_dict["battery_temperature"] = battery_temperature
        if battery_voltage is not UNSET:
            field_dict["battery_voltage"] = battery_voltage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        battery_energy = d.pop("battery_energy", UNSET)

        battery_energy_full = d.pop("battery_energy_full", UNSET)

        battery_energy_full_design = d.pop("battery_energy_full_design", UNSET)

        battery_health = d.pop("battery_health", UNSET)

        battery_level = d.pop("battery_level", UNSET)

        battery_present = d.pop("battery_present", UNSET)

        battery_state = d.pop("battery_state", UNSET)

        battery_technology = d.pop("battery_technology", UNSET)

        battery_temperature = d.pop("battery_temperature", UNSET)

        battery_voltage = d.pop("battery_voltage", UNSET)

        linux_device_v2_battery_stats = cls(
            battery_energy=battery_energy,
            battery_energy_full=battery_energy_full,
            battery_energy_full_design=battery_energy_full_design,
            battery_health=battery_health,
            battery_level=battery_level,
            battery_present=battery_present,
            battery_state=battery_state,
            battery_technology=battery_technology,
            battery_temperature=battery_temperature,
            battery_voltage=battery_voltage,
        )

        linux_device_v2_battery_stats.additional_properties = d
        return linux_device_v2_battery_stats

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
