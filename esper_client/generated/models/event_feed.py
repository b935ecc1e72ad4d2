from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventFeed")


@_attrs_define
class EventFeed:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        device (str | Unset):
        device_status_id (str | Unset):
        enterprise (str | Unset):
        id (int | Unset):
        message (str | Unset):
        message_id (str | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    device: str | Unset = UNSET
    device_status_id: str | Unset = UNSET
    enterprise: str | Unset = UNSET
    id: int | Unset = UNSET
    message: str | Unset = UNSET
    message_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        device = self.device

        device_status_id = self.device_status_id

        enterprise = self.enterprise

        id = self.id

        message = self.message

        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if device is not UNSET:
            field_dict["device"] = device
        if device_status_id is not UNSET:
            field_dict["device_status_id"] = device_status_id
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if id is not UNSET:
            field_dict["id"] = id
        if message is not UNSET:
            field_dict["message"] = message
        if message_id is not UNSET:
            field_dict["message_id"] = message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        device = d.pop("device", UNSET)

        device_status_id = d.pop("device_status_id", UNSET)

        enterprise = d.pop("enterprise", UNSET)

        id = d.pop("id", UNSET)

        message = d.pop("message", UNSET)

        message_id = d.pop("message_id", UNSET)

        event_feed = cls(
            created_on=created_on,
            device=device,
            device_status_id=device_status_id,
            enterprise=enterprise,
            id=id,
            message=message,
            message_id=message_id,
        )

        event_feed.additional_properties = d
        return event_feed

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
