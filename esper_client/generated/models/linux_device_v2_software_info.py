from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.linux_device_v2_software_info_esper_agent_info import LinuxDeviceV2SoftwareInfoEsperAgentInfo


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """LinuxDeviceV2SoftwareInfo's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.linux_device_v2_software_info_esper_agent_info import LinuxDeviceV2SoftwareInfoEsperAgentInfo  # noqa: PLC0415

    return (
        (
            _rt.Field("bootloader_version", "bootloader_version", _rt.STR),
            _rt.Field("device_kernel_version", "device_kernel_version", _rt.STR),
            _rt.Field("display_refresh_rate", "display_refresh_rate", _rt.STR),
            _rt.Field("display_resolution", "display_resolution", _rt.STR),
            _rt.Field("esper_agent_info", "esper_agent_info", _rt.model(LinuxDeviceV2SoftwareInfoEsperAgentInfo)),
            _rt.Field("kernel_architecture", "kernel_architecture", _rt.STR),
            _rt.Field("last_boot_time", "last_boot_time", _rt.STR),
            _rt.Field("os", "os", _rt.STR),
            _rt.Field("os_build_number", "os_build_number", _rt.STR),
            _rt.Field("os_build_time", "os_build_time", _rt.INT),
            _rt.Field("os_distribution", "os_distribution", _rt.STR),
            _rt.Field("os_platform", "os_platform", _rt.STR),
            _rt.Field("os_version", "os_version", _rt.STR),
            _rt.Field("supported_abi", "supported_abi", _rt.STR),
        ),
        _rt.ANY,
    )


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
