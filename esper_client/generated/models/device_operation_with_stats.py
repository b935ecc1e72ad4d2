from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_operation_activity import DeviceOperationActivity


T = TypeVar("T", bound="DeviceOperationWithStats")


@_attrs_define
class DeviceOperationWithStats:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        device_id (UUID | Unset):
        device_operation_activity (list[DeviceOperationActivity] | Unset):
        id (UUID | Unset):
        operation_id (UUID | Unset):
        reason (str | Unset):
        state (int | str | Unset): Device operation state, as a name or as its integer code; decode with
            DeviceOperationState.parse.
        updated_at (datetime.datetime | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    device_id: UUID | Unset = UNSET
    device_operation_activity: list[DeviceOperationActivity] | Unset = UNSET
    id: UUID | Unset = UNSET
    operation_id: UUID | Unset = UNSET
    reason: str | Unset = UNSET
    state: int | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        device_id: str | Unset = UNSET
        if not isinstance(self.device_id, Unset):
            device_id = str(self.device_id)

        device_operation_activity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.device_operation_activity, Unset):
            device_operation_activity = []
            for device_operation_activity_item_data in self.device_operation_activity:
                device_operation_activity_item = device_operation_activity_item_data.to_dict()
                device_operation_activity.append(device_operation_activity_item)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        operation_id: str | Unset = UNSET
        if not isinstance(self.operation_id, Unset):
            operation_id = str(self.operation_id)

        reason = self.reason

        state: int | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if device_operation_activity is not UNSET:
            field_dict["device_operation_activity"] = device_operation_activity
        if id is not UNSET:
            field_dict["id"] = id
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if state is not UNSET:
            field_dict["state"] = state
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (DeviceOperationActivity,) = _nested_models()

        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _device_id = d.pop("device_id", UNSET)
        device_id: UUID | Unset
        if isinstance(_device_id, Unset):
            device_id = UNSET
        else:
            device_id = UUID(_device_id)

        _device_operation_activity = d.pop("device_operation_activity", UNSET)
        device_operation_activity: list[DeviceOperationActivity] | Unset = UNSET
        if _device_operation_activity is not UNSET:
            device_operation_activity = []
            for device_operation_activity_item_data in _device_operation_activity:
                device_operation_activity_item = DeviceOperationActivity.from_dict(device_operation_activity_item_data)

                device_operation_activity.append(device_operation_activity_item)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _operation_id = d.pop("operation_id", UNSET)
        operation_id: UUID | Unset
        if isinstance(_operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = UUID(_operation_id)

        reason = d.pop("reason", UNSET)

        def _parse_state(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        device_operation_with_stats = cls(
            created_at=created_at,
            device_id=device_id,
            device_operation_activity=device_operation_activity,
            id=id,
            operation_id=operation_id,
            reason=reason,
            state=state,
            updated_at=updated_at,
        )

        device_operation_with_stats.additional_properties = d
        return device_operation_with_stats

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


@cache
def _nested_models() -> tuple[type[DeviceOperationActivity],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.device_operation_activity import DeviceOperationActivity  # noqa: PLC0415

    return (DeviceOperationActivity,)
