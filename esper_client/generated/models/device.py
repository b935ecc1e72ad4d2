from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Device")


@_attrs_define
class Device:
    """
    Attributes:
        alias_name (str | Unset):
        android_version (str | Unset):
        api_level (str | Unset):
        device_name (str | Unset):
        esper_client (str | Unset):
        id (UUID | Unset):
        is_active (bool | Unset):
        is_gms (bool | Unset):
        manufacturer (str | Unset):
        model (str | Unset):
        serial (str | Unset):
        template_name (str | Unset):
    """

    alias_name: str | Unset = UNSET
    android_version: str | Unset = UNSET
    api_level: str | Unset = UNSET
    device_name: str | Unset = UNSET
    esper_client: str | Unset = UNSET
    id: UUID | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_gms: bool | Unset = UNSET
    manufacturer: str | Unset = UNSET
    model: str | Unset = UNSET
    serial: str | Unset = UNSET
    template_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias_name = self.alias_name

        android_version = self.android_version

        api_level = self.api_level

        device_name = self.device_name

        esper_client = self.esper_client

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_active = self.is_active

        is_gms = self.is_gms

        manufacturer = self.manufacturer

        model = self.model

        serial = self.serial

        template_name = self.template_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias_name is not UNSET:
            field_dict["alias_name"] = alias_name
        if android_version is not UNSET:
            field_dict["android_version"] = android_version
        if api_level is not UNSET:
            field_dict["api_level"] = api_level
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if esper_client is not UNSET:
            field_dict["esper_client"] = esper_client
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_gms is not UNSET:
            field_dict["is_gms"] = is_gms
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if model is not UNSET:
            field_dict["model"] = model
        if serial is not UNSET:
            field_dict["serial"] = serial
        if template_name is not UNSET:
            field_dict["template_name"] = template_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias_name = d.pop("alias_name", UNSET)

        android_version = d.pop("android_version", UNSET)

        api_level = d.pop("api_level", UNSET)

        device_name = d.pop("device_name", UNSET)

        esper_client = d.pop("esper_client", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_active = d.pop("is_active", UNSET)

        is_gms = d.pop("is_gms", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        model = d.pop("model", UNSET)

        serial = d.pop("serial", UNSET)

        template_name = d.pop("template_name", UNSET)

        device = cls(
            alias_name=alias_name,
            android_version=android_version,
            api_level=api_level,
            device_name=device_name,
            esper_client=esper_client,
            id=id,
            is_active=is_active,
            is_gms=is_gms,
            manufacturer=manufacturer,
            model=model,
            serial=serial,
            template_name=template_name,
        )

        device.additional_properties = d
        return device

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
