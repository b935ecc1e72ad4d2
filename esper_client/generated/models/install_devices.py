from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstallDevices")


@_attrs_define
class InstallDevices:
    """
    Attributes:
        id (UUID):
        alias_name (None | str | Unset):
        device_name (str | Unset):
        group_name (str | Unset):
    """

    id: UUID
    alias_name: None | str | Unset = UNSET
    device_name: str | Unset = UNSET
    group_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        alias_name: None | str | Unset
        if isinstance(self.alias_name, Unset):
            alias_name = UNSET
        else:
            alias_name = self.alias_name

        device_name = self.device_name

        group_name = self.group_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if alias_name is not UNSET:
            field_dict["alias_name"] = alias_name
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if group_name is not UNSET:
            field_dict["group_name"] = group_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_alias_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias_name = _parse_alias_name(d.pop("alias_name", UNSET))

        device_name = d.pop("device_name", UNSET)

        group_name = d.pop("group_name", UNSET)

        install_devices = cls(
            id=id,
            alias_name=alias_name,
            device_name=device_name,
            group_name=group_name,
        )

        install_devices.additional_properties = d
        return install_devices

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
