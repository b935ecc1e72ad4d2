from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v0_command_status_1_meta_device_managed_by import (
    V0CommandStatus1MetaDeviceManagedBy,
    check_v0_command_status_1_meta_device_managed_by,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="V0CommandStatus1MetaDevice")


@_attrs_define
class V0CommandStatus1MetaDevice:
    """
    Attributes:
        alias_name (None | str | Unset):
        device_name (str | Unset):
        id (UUID | Unset):
        managed_by (V0CommandStatus1MetaDeviceManagedBy | Unset):
        tags (list[str] | None | Unset):
        timezone_string (None | str | Unset):
    """

    alias_name: None | str | Unset = UNSET
    device_name: str | Unset = UNSET
    id: UUID | Unset = UNSET
    managed_by: V0CommandStatus1MetaDeviceManagedBy | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    timezone_string: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias_name: None | str | Unset
        if isinstance(self.alias_name, Unset):
            alias_name = UNSET
        else:
            alias_name = self.alias_name

        device_name = self.device_name

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        managed_by: str | Unset = UNSET
        if not isinstance(self.managed_by, Unset):
            managed_by = self.managed_by

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        timezone_string: None | str | Unset
        if isinstance(self.timezone_string, Unset):
            timezone_string = UNSET
        else:
            timezone_string = self.timezone_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias_name is not UNSET:
            field_dict["alias_name"] = alias_name
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if id is not UNSET:
            field_dict["id"] = id
        if managed_by is not UNSET:
            field_dict["managed_by"] = managed_by
        if tags is not UNSET:
            field_dict["tags"] = tags
        if timezone_string is not UNSET:
            field_dict["timezone_string"] = timezone_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_alias_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias_name = _parse_alias_name(d.pop("alias_name", UNSET))

        device_name = d.pop("device_name", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _managed_by = d.pop("managed_by", UNSET)
        managed_by: V0CommandStatus1MetaDeviceManagedBy | Unset
        if isinstance(_managed_by, Unset):
            managed_by = UNSET
        else:
            managed_by = check_v0_command_status_1_meta_device_managed_by(_managed_by)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_timezone_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone_string = _parse_timezone_string(d.pop("timezone_string", UNSET))

        v0_command_status_1_meta_device = cls(
            alias_name=alias_name,
            device_name=device_name,
            id=id,
            managed_by=managed_by,
            tags=tags,
            timezone_string=timezone_string,
        )

        v0_command_status_1_meta_device.additional_properties = d
        return v0_command_status_1_meta_device

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
