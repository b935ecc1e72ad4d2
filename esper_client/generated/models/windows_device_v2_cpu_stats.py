from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WindowsDeviceV2CpuStats")


@_attrs_define
class WindowsDeviceV2CpuStats:
    """
    Attributes:
        cpu_cores (list[float] | Unset):
        cpu_counts (int | Unset):
        cpu_temperature (float | Unset):
    """

    cpu_cores: list[float] | Unset = UNSET
    cpu_counts: int | Unset = UNSET
    cpu_temperature: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_cores: list[float] | Unset = UNSET
        if not isinstance(self.cpu_cores, Unset):
            cpu_cores = self.cpu_cores

        cpu_counts = self.cpu_counts

        cpu_temperature = self.cpu_temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_cores is not UNSET:
            field_dict["cpu_cores"] = cpu_cores
        if cpu_counts is not UNSET:
            field_dict["cpu_counts"] = cpu_counts
        if cpu_temperature is not UNSET:
            field_dict["cpu_temperature"] = cpu_temperature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu_cores = cast(list[float], d.pop("cpu_cores", UNSET))

        cpu_counts = d.pop("cpu_counts", UNSET)

        cpu_temperature = d.pop("cpu_temperature", UNSET)

        windows_device_v2_cpu_stats = cls(
            cpu_cores=cpu_cores,
            cpu_counts=cpu_counts,
            cpu_temperature=cpu_temperature,
        )

        windows_device_v2_cpu_stats.additional_properties = d
        return windows_device_v2_cpu_stats

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
