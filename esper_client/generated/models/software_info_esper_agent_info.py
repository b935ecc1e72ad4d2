from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SoftwareInfoEsperAgentInfo")


@_attrs_define
class SoftwareInfoEsperAgentInfo:
    """
    Attributes:
        version_code (str | Unset):
        version_name (str | Unset):
    """

    version_code: str | Unset = UNSET
    version_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_code = self.version_code

        version_name = self.version_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version_code is not UNSET:
            field_dict["version_code"] = version_code
        if version_name is not UNSET:
            field_dict["version_name"] = version_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version_code = d.pop("version_code", UNSET)

        version_name = d.pop("version_name", UNSET)

        software_info_esper_agent_info = cls(
            version_code=version_code,
            version_name=version_name,
        )

        software_info_esper_agent_info.additional_properties = d
        return software_info_esper_agent_info

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
