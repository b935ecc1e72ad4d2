from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.converge_command_command_state import ConvergeCommandCommandState, check_converge_command_command_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvergeCommand")


@_attrs_define
class ConvergeCommand:
    """
    Attributes:
        command_request_id (UUID | Unset):
        command_state (ConvergeCommandCommandState | Unset):
        created_at (datetime.datetime | Unset):
        reason (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    command_request_id: UUID | Unset = UNSET
    command_state: ConvergeCommandCommandState | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    reason: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_request_id: str | Unset = UNSET
        if not isinstance(self.command_request_id, Unset):
            command_request_id = str(self.command_request_id)

        command_state: str | Unset = UNSET
        if not isinstance(self.command_state, Unset):
            command_state = self.command_state

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        reason = self.reason

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command_request_id is not UNSET:
            field_dict["command_request_id"] = command_request_id
        if command_state is not UNSET:
            field_dict["command_state"] = command_state
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if reason is not UNSET:
            field_dict["reason"] = reason
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _command_request_id = d.pop("command_request_id", UNSET)
        command_request_id: UUID | Unset
        if isinstance(_command_request_id, Unset):
            command_request_id = UNSET
        else:
            command_request_id = UUID(_command_request_id)

        _command_state = d.pop("command_state", UNSET)
        command_state: ConvergeCommandCommandState | Unset
        if isinstance(_command_state, Unset):
            command_state = UNSET
        else:
            command_state = check_converge_command_command_state(_command_state)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        reason = d.pop("reason", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        converge_command = cls(
            command_request_id=command_request_id,
            command_state=command_state,
            created_at=created_at,
            reason=reason,
            updated_at=updated_at,
        )

        converge_command.additional_properties = d
        return converge_command

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
