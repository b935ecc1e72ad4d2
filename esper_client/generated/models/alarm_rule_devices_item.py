from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlarmRuleDevicesItem")


@_attrs_define
class AlarmRuleDevicesItem:
    """
    Attributes:
        alias_name (None | str | Unset):
        device_name (str | Unset):
        id (UUID | Unset):
    """

    alias_name: None | str | Unset = UNSET
    device_name: str | Unset = UNSET
    id: UUID | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias_name is not UNSET:
            field_dict["alias_name"] = alias_name
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if id is not UNSET:
            field_dict["id"] = id

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

        alarm_rule_devices_item = cls(
            alias_name=alias_name,
            device_name=device_name,
            id=id,
        )

        alarm_rule_devices_item.additional_properties = d
        return alarm_rule_devices_item

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
