from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceStatus")


@_attrs_define
class DeviceStatus:
    """
    Attributes:
        data (str):
        device (str):
        enterprise (str):
        created_on (datetime.datetime | Unset):
        id (int | Unset):
    """

    data: str
    device: str
    enterprise: str
    created_on: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        device = self.device

        enterprise = self.enterprise

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "device": device,
                "enterprise": enterprise,
            }
        )
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        device = d.pop("device")

        enterprise = d.pop("enterprise")

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        id = d.pop("id", UNSET)

        device_status = cls(
            data=data,
            device=device,
            enterprise=enterprise,
            created_on=created_on,
            id=id,
        )

        device_status.additional_properties = d
        return device_status

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
