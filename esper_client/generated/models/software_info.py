from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.airwave_info import AirwaveInfo
    from ..models.foundation_info import FoundationInfo
    from ..models.software_info_esper_agent_info import SoftwareInfoEsperAgentInfo


T = TypeVar("T", bound="SoftwareInfo")


@_attrs_define
class SoftwareInfo:
    """
    Attributes:
        airwave_info (AirwaveInfo | Unset):
        bootloader_version (str | Unset):
        device_kernel_version (str | Unset):
        eea_version (str | Unset):
        esper_agent_info (SoftwareInfoEsperAgentInfo | Unset):
        foundation_info (FoundationInfo | Unset):
        os_build_number (str | Unset):
        os_version (str | Unset):
        security_path_level (str | Unset):
    """

    airwave_info: AirwaveInfo | Unset = UNSET
    bootloader_version: str | Unset = UNSET
    device_kernel_version: str | Unset = UNSET
    eea_version: str | Unset = UNSET
    esper_agent_info: SoftwareInfoEsperAgentInfo | Unset = UNSET
    foundation_info: FoundationInfo | Unset = UNSET
    os_build_number: str | Unset = UNSET
    os_version: str | Unset = UNSET
    security_path_level: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        airwave_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.airwave_info, Unset):
            airwave_info = self.airwave_info.to_dict()

        bootloader_version = self.bootloader_version

        device_kernel_version = self.device_kernel_version

        eea_version = self.eea_version

        esper_agent_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.esper_agent_info, Unset):
            esper_agent_info = self.esper_agent_info.to_dict()

        foundation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.foundation_info, Unset):
            foundation_info = self.foundation_info.to_dict()

        os_build_number = self.os_build_number

        os_version = self.os_version

        security_path_level = self.security_path_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if airwave_info is not UNSET:
            field_dict["airwave_info"] = airwave_info
        if bootloader_version is not UNSET:
            field_dict["bootloader_version"] = bootloader_version
        if device_kernel_version is not UNSET:
            field_dict["device_kernel_version"] = device_kernel_version
        if eea_version is not UNSET:
            field_dict["eea_version"] = eea_version
        if esper_agent_info is not UNSET:
            field_dict["esper_agent_info"] = esper_agent_info
        if foundation_info is not UNSET:
            field_dict["foundation_info"] = foundation_info
        if os_build_number is not UNSET:
            field_dict["os_build_number"] = os_build_number
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if security_path_level is not UNSET:
            field_dict["security_path_level"] = security_path_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            AirwaveInfo,
            FoundationInfo,
            SoftwareInfoEsperAgentInfo,
        ) = _nested_models()

        d = dict(src_dict)
        _airwave_info = d.pop("airwave_info", UNSET)
        airwave_info: AirwaveInfo | Unset
        if isinstance(_airwave_info, Unset):
            airwave_info = UNSET
        else:
            airwave_info = AirwaveInfo.from_dict(_airwave_info)

        bootloader_version = d.pop("bootloader_version", UNSET)

        device_kernel_version = d.pop("device_kernel_version", UNSET)

        eea_version = d.pop("eea_version", UNSET)

        _esper_agent_info = d.pop("esper_agent_info", UNSET)
        esper_agent_info: SoftwareInfoEsperAgentInfo | Unset
        if isinstance(_esper_agent_info, Unset):
            esper_agent_info = UNSET
        else:
            esper_agent_info = SoftwareInfoEsperAgentInfo.from_dict(_esper_agent_info)

        _foundation_info = d.pop("foundation_info", UNSET)
        foundation_info: FoundationInfo | Unset
        if isinstance(_foundation_info, Unset):
            foundation_info = UNSET
        else:
            foundation_info = FoundationInfo.from_dict(_foundation_info)

        os_build_number = d.pop("os_build_number", UNSET)

        os_version = d.pop("os_version", UNSET)

        security_path_level = d.pop("security_path_level", UNSET)

        software_info = cls(
            airwave_info=airwave_info,
            bootloader_version=bootloader_version,
            device_kernel_version=device_kernel_version,
            eea_version=eea_version,
            esper_agent_info=esper_agent_info,
            foundation_info=foundation_info,
            os_build_number=os_build_number,
            os_version=os_version,
            security_path_level=security_path_level,
        )

        software_info.additional_properties = d
        return software_info

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
def _nested_models() -> tuple[
    type[AirwaveInfo],
    type[FoundationInfo],
    type[SoftwareInfoEsperAgentInfo],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.airwave_info import AirwaveInfo  # noqa: PLC0415
    from ..models.foundation_info import FoundationInfo  # noqa: PLC0415
    from ..models.software_info_esper_agent_info import SoftwareInfoEsperAgentInfo  # noqa: PLC0415

    return (
        AirwaveInfo,
        FoundationInfo,
        SoftwareInfoEsperAgentInfo,
    )
