from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AirwaveInfo")


@_attrs_define
class AirwaveInfo:
    """
    Attributes:
        build_id (str | Unset):
        build_number (int | Unset):
        esper_ota_manager_version_code (int | Unset):
        esper_ota_manager_version_name (str | Unset):
        tenant_model_id (str | Unset):
    """

    build_id: str | Unset = UNSET
    build_number: int | Unset = UNSET
    esper_ota_manager_version_code: int | Unset = UNSET
    esper_ota_manager_version_name: str | Unset = UNSET
    tenant_model_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_id = self.build_id

        build_number = self.build_number

        esper_ota_manager_version_code = self.esper_ota_manager_version_code

        esper_ota_manager_version_name = self.esper_ota_manager_version_name

        tenant_model_id = self.tenant_model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if build_number is not UNSET:
            field_dict["build_number"] = build_number
        if esper_ota_manager_version_code is not UNSET:
            field_dict["esper_ota_manager_version_code"] = esper_ota_manager_version_code
        if esper_ota_manager_version_name is not UNSET:
            field_dict["esper_ota_manager_version_name"] = esper_ota_manager_version_name
        if tenant_model_id is not UNSET:
            field_dict["tenant_model_id"] = tenant_model_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build_id = d.pop("build_id", UNSET)

        build_number = d.pop("build_number", UNSET)

        esper_ota_manager_version_code = d.pop("esper_ota_manager_version_code", UNSET)

        esper_ota_manager_version_name = d.pop("esper_ota_manager_version_name", UNSET)

        tenant_model_id = d.pop("tenant_model_id", UNSET)

        airwave_info = cls(
            build_id=build_id,
            build_number=build_number,
            esper_ota_manager_version_code=esper_ota_manager_version_code,
            esper_ota_manager_version_name=esper_ota_manager_version_name,
            tenant_model_id=tenant_model_id,
        )

        airwave_info.additional_properties = d
        return airwave_info

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
