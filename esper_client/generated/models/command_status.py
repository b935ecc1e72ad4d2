from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_status_state import CommandStatusState, check_command_status_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandStatus")


@_attrs_define
class CommandStatus:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        device (UUID | Unset):
        id (UUID | Unset):
        reason (str | Unset):
        request (UUID | Unset):
        state (CommandStatusState | Unset):
        updated_at (datetime.datetime | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    device: UUID | Unset = UNSET
    id: UUID | Unset = UNSET
    reason: str | Unset = UNSET
    request: UUID | Unset = UNSET
    state: CommandStatusState | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        device: str | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = str(self.device)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        reason = self.reason

        request: str | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = str(self.request)

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if device is not UNSET:
            field_dict["device"] = device
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if request is not UNSET:
            field_dict["request"] = request
        if state is not UNSET:
            field_dict["state"] = state
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _device = d.pop("device", UNSET)
        device: UUID | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = UUID(_device)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        reason = d.pop("reason", UNSET)

        _request = d.pop("request", UNSET)
        request: UUID | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = UUID(_request)

        _state = d.pop("state", UNSET)
        state: CommandStatusState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_command_status_state(_state)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        command_status = cls(
            created_at=created_at,
            device=device,
            id=id,
            reason=reason,
            request=request,
            state=state,
            updated_at=updated_at,
        )

        command_status.additional_properties = d
        return command_status

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
