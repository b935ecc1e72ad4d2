from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.esper_device_heartbeat_status import EsperDeviceHeartbeatStatus, check_esper_device_heartbeat_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="EsperDeviceHeartbeat")


@_attrs_define
class EsperDeviceHeartbeat:
    """
    Attributes:
        device_id (UUID | Unset):
        status (EsperDeviceHeartbeatStatus | Unset):
        timestamp (datetime.datetime | Unset):
    """

    device_id: UUID | Unset = UNSET
    status: EsperDeviceHeartbeatStatus | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id: str | Unset = UNSET
        if not isinstance(self.device_id, Unset):
            device_id = str(self.device_id)

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _device_id = d.pop("device_id", UNSET)
        device_id: UUID | Unset
        if isinstance(_device_id, Unset):
            device_id = UNSET
        else:
            device_id = UUID(_device_id)

        _status = d.pop("status", UNSET)
        status: EsperDeviceHeartbeatStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_esper_device_heartbeat_status(_status)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        esper_device_heartbeat = cls(
            device_id=device_id,
            status=status,
            timestamp=timestamp,
        )

        esper_device_heartbeat.additional_properties = d
        return esper_device_heartbeat

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
