from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlarmHistory")


@_attrs_define
class AlarmHistory:
    """
    Attributes:
        alert_time (datetime.datetime | Unset):
        device_id (UUID | Unset):
        device_name (str | Unset):
        group_id (list[str] | Unset):
        group_name (str | Unset):
        latest_seen (datetime.datetime | Unset):
    """

    alert_time: datetime.datetime | Unset = UNSET
    device_id: UUID | Unset = UNSET
    device_name: str | Unset = UNSET
    group_id: list[str] | Unset = UNSET
    group_name: str | Unset = UNSET
    latest_seen: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_time: str | Unset = UNSET
        if not isinstance(self.alert_time, Unset):
            alert_time = self.alert_time.isoformat()

        device_id: str | Unset = UNSET
        if not isinstance(self.device_id, Unset):
            device_id = str(self.device_id)

        device_name = self.device_name

        group_id: list[str] | Unset = UNSET
        if not isinstance(self.group_id, Unset):
            group_id = self.group_id

        group_name = self.group_name

        latest_seen: str | Unset = UNSET
        if not isinstance(self.latest_seen, Unset):
            latest_seen = self.latest_seen.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert_time is not UNSET:
            field_dict["alert_time"] = alert_time
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if latest_seen is not UNSET:
            field_dict["latest_seen"] = latest_seen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _alert_time = d.pop("alert_time", UNSET)
        alert_time: datetime.datetime | Unset
        if isinstance(_alert_time, Unset):
            alert_time = UNSET
        else:
            alert_time = datetime.datetime.fromisoformat(_alert_time)

        _device_id = d.pop("device_id", UNSET)
        device_id: UUID | Unset
        if isinstance(_device_id, Unset):
            device_id = UNSET
        else:
            device_id = UUID(_device_id)

        device_name = d.pop("device_name", UNSET)

        group_id = cast(list[str], d.pop("group_id", UNSET))

        group_name = d.pop("group_name", UNSET)

        _latest_seen = d.pop("latest_seen", UNSET)
        latest_seen: datetime.datetime | Unset
        if isinstance(_latest_seen, Unset):
            latest_seen = UNSET
        else:
            latest_seen = datetime.datetime.fromisoformat(_latest_seen)

        alarm_history = cls(
            alert_time=alert_time,
            device_id=device_id,
            device_name=device_name,
            group_id=group_id,
            group_name=group_name,
            latest_seen=latest_seen,
        )

        alarm_history.additional_properties = d
        return alarm_history

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
