from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.windows_device_v2_software_info_esper_agent_info import WindowsDeviceV2SoftwareInfoEsperAgentInfo


T = TypeVar("T", bound="WindowsDeviceV2SoftwareInfo")


@_attrs_define
class WindowsDeviceV2SoftwareInfo:
    """
    Attributes:
        bootloader_version (str | Unset):
        device_kernel_version (str | Unset):
        esper_agent_info (WindowsDeviceV2SoftwareInfoEsperAgentInfo | Unset):
        kernel_architecture (str | Unset):
        os (str | Unset):
        os_build_number (str | Unset):
        os_version (str | Unset):
    """

    bootloader_version: str | Unset = UNSET
    device_kernel_version: str | Unset = UNSET
    esper_agent_info: WindowsDeviceV2SoftwareInfoEsperAgentInfo | Unset = UNSET
    kernel_architecture: str | Unset = UNSET
    os: str | Unset = UNSET
    os_build_number: str | Unset = UNSET
    os_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bootloader_version = self.bootloader_version

        device_kernel_version = self.device_kernel_version

        esper_agent_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.esper_agent_info, Unset):
            esper_agent_info = self.esper_agent_info.to_dict()

        kernel_architecture = self.kernel_architecture

        os = self.os

        os_build_number = self.os_build_number

        os_version = self.os_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bootloader_version is not UNSET:
            field_dict["bootloader_version"] = bootloader_version
        if device_kernel_version is not UNSET:
            field_dict["device_kernel_version"] = device_kernel_version
        if esper_agent_info is not UNSET:
            field_dict["esper_agent_info"] = esper_agent_info
        if kernel_architecture is not UNSET:
            field_dict["kernel_architecture"] = kernel_architecture
        if os is not UNSET:
            field_dict["os"] = os
        if os_build_number is not UNSET:
            field_dict["os_build_number"] = os_build_number
        if os_version is not UNSET:
            field_dict["os_version"] = os_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (WindowsDeviceV2SoftwareInfoEsperAgentInfo,) = _nested_models()

        d = dict(src_dict)
        bootloader_version = d.pop("bootloader_version", UNSET)

        device_kernel_version = d.pop("device_kernel_version", UNSET)

        _esper_agent_info = d.pop("esper_agent_info", UNSET)
        esper_agent_info: WindowsDeviceV2SoftwareInfoEsperAgentInfo | Unset
        if isinstance(_esper_agent_info, Unset):
            esper_agent_info = UNSET
        else:
            esper_agent_info = WindowsDeviceV2SoftwareInfoEsperAgentInfo.from_dict(_esper_agent_info)

        kernel_architecture = d.pop("kernel_architecture", UNSET)

        os = d.pop("os", UNSET)

        os_build_number = d.pop("os_build_number", UNSET)

        os_version = d.pop("os_version", UNSET)

        windows_device_v2_software_info = cls(
            bootloader_version=bootloader_version,
            device_kernel_version=device_kernel_version,
            esper_agent_info=esper_agent_info,
            kernel_architecture=kernel_architecture,
            os=os,
            os_build_number=os_build_number,
            os_version=os_version,
        )

        windows_device_v2_software_info.additional_properties = d
        return windows_device_v2_software_info

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
def _nested_models() -> tuple[type[WindowsDeviceV2SoftwareInfoEsperAgentInfo],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.windows_device_v2_software_info_esper_agent_info import WindowsDeviceV2SoftwareInfoEsperAgentInfo  # noqa: PLC0415

    return (WindowsDeviceV2SoftwareInfoEsperAgentInfo,)
