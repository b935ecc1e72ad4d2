from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.airwave_info import AirwaveInfo
    from ..models.foundation_info import FoundationInfo
    from ..models.software_info_esper_agent_info import SoftwareInfoEsperAgentInfo


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """SoftwareInfo's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.airwave_info import AirwaveInfo  # noqa: PLC0415
    from ..models.foundation_info import FoundationInfo  # noqa: PLC0415
    from ..models.software_info_esper_agent_info import SoftwareInfoEsperAgentInfo  # noqa: PLC0415

    return (
        (
            _rt.Field("airwave_info", "airwave_info", _rt.model(AirwaveInfo)),
            _rt.Field("bootloader_version", "bootloader_version", _rt.STR),
            _rt.Field("device_kernel_version", "device_kernel_version", _rt.STR),
            _rt.Field("eea_version", "eea_version", _rt.STR),
            _rt.Field("esper_agent_info", "esper_agent_info", _rt.model(SoftwareInfoEsperAgentInfo)),
            _rt.Field("foundation_info", "foundation_info", _rt.model(FoundationInfo)),
            _rt.Field("os_build_number", "os_build_number", _rt.STR),
            _rt.Field("os_version", "os_version", _rt.STR),
            _rt.Field("security_path_level", "security_path_level", _rt.STR),
        ),
        _rt.ANY,
    )


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
