from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.linux_device_v2_software_info_esper_agent_info import LinuxDeviceV2SoftwareInfoEsperAgentInfo


T = TypeVar("T", bound="LinuxDeviceV2SoftwareInfo")


@_attrs_define
class LinuxDeviceV2SoftwareInfo:
    """
    Attributes:
        bootloader_version (str | Unset):
        device_kernel_version (str | Unset):
        display_refresh_rate (str | Unset):
        display_resolution (str | Unset):
        esper_agent_info (LinuxDeviceV2SoftwareInfoEsperAgentInfo | Unset):
        kernel_architecture (str | Unset):
        last_boot_time (str | Unset):
        os (str | Unset):
        os_build_number (str | Unset):
        os_build_time (int | Unset):
        os_distribution (str | Unset):
        os_platform (str | Unset):
        os_version (str | Unset):
        supported_abi (str | Unset):
    """

    bootloader_version: str | Unset = UNSET
    device_kernel_version: str | Unset = UNSET
    display_refresh_rate: str | Unset = UNSET
    display_resolution: str | Unset = UNSET
    esper_agent_info: LinuxDeviceV2SoftwareInfoEsperAgentInfo | Unset = UNSET
    kernel_architecture: str | Unset = UNSET
    last_boot_time: str | Unset = UNSET
    os: str | Unset = UNSET
    os_build_number: str | Unset = UNSET
    os_build_time: int | Unset = UNSET
    os_distribution: str | Unset = UNSET
    os_platform: str | Unset = UNSET
    os_version: str | Unset = UNSET
    supported_abi: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bootloader_version = self.bootloader_version

        device_kernel_version = self.device_kernel_version

        display_refresh_rate = self.display_refresh_rate

        display_resolution = self.display_resolution

        esper_agent_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.esper_agent_info, Unset):
            esper_agent_info = self.esper_agent_info.to_dict()

        kernel_architecture = self.kernel_architecture

        last_boot_time = self.last_boot_time

        os = self.os

        os_build_number = self.os_build_number

        os_build_time = self.os_build_time

        os_distribution = self.os_distribution

        os_platform = self.os_platform

        os_version = self.os_version

        supported_abi = self.supported_abi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bootloader_version is not UNSET:
            field_dict["bootloader_version"] = bootloader_version
        if device_kernel_version is not UNSET:
            field_dict["device_kernel_version"] = device_kernel_version
        if display_refresh_rate is not UNSET:
            field_dict["display_refresh_rate"] = display_refresh_rate
        if display_resolution is not UNSET:
            field_dict["display_resolution"] = display_resolution
        if esper_agent_info is not UNSET:
            field_dict["esper_agent_info"] = esper_agent_info
        if kernel_architecture is not UNSET:
            field_dict["kernel_architecture"] = kernel_architecture
        if last_boot_time is not UNSET:
            field_dict["last_boot_time"] = last_boot_time
        if os is not UNSET:
            field_dict["os"] = os
        if os_build_number is not UNSET:
            field_dict["os_build_number"] = os_build_number
        if os_build_time is not UNSET:
            field_dict["os_build_time"] = os_build_time
        if os_distribution is not UNSET:
            field_dict["os_distribution"] = os_distribution
        if os_platform is not UNSET:
            field_dict["os_platform"] = os_platform
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if supported_abi is not UNSET:
            field_dict["supported_abi"] = supported_abi

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (LinuxDeviceV2SoftwareInfoEsperAgentInfo,) = _nested_models()

        d = dict(src_dict)
        bootloader_version = d.pop("bootloader_version", UNSET)

        device_kernel_version = d.pop("device_kernel_version", UNSET)

        display_refresh_rate = d.pop("display_refresh_rate", UNSET)

        display_resolution = d.pop("display_resolution", UNSET)

        _esper_agent_info = d.pop("esper_agent_info", UNSET)
        esper_agent_info: LinuxDeviceV2SoftwareInfoEsperAgentInfo | Unset
        if isinstance(_esper_agent_info, Unset):
            esper_agent_info = UNSET
        else:
            esper_agent_info = LinuxDeviceV2SoftwareInfoEsperAgentInfo.from_dict(_esper_agent_info)

        kernel_architecture = d.pop("kernel_architecture", UNSET)

        last_boot_time = d.pop("last_boot_time", UNSET)

        os = d.pop("os", UNSET)

        os_build_number = d.pop("os_build_number", UNSET)

        os_build_time = d.pop("os_build_time", UNSET)

        os_distribution = d.pop("os_distribution", UNSET)

        os_platform = d.pop("os_platform", UNSET)

        os_version = d.pop("os_version", UNSET)

        supported_abi = d.pop("supported_abi", UNSET)

        linux_device_v2_software_info = cls(
            bootloader_version=bootloader_version,
            device_kernel_version=device_kernel_version,
            display_refresh_rate=display_refresh_rate,
            display_resolution=display_resolution,
            esper_agent_info=esper_agent_info,
            kernel_architecture=kernel_architecture,
            last_boot_time=last_boot_time,
            os=os,
            os_build_number=os_build_number,
            os_build_time=os_build_time,
            os_distribution=os_distribution,
            os_platform=os_platform,
            os_version=os_version,
            supported_abi=supported_abi,
        )

        linux_device_v2_software_info.additional_properties = d
        return linux_device_v2_software_info

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


@cache
def _nested_models() -> tuple[type[LinuxDeviceV2SoftwareInfoEsperAgentInfo],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.linux_device_v2_software_info_esper_agent_info import LinuxDeviceV2SoftwareInfoEsperAgentInfo  # noqa: PLC0415

    return (LinuxDeviceV2SoftwareInfoEsperAgentInfo,)
