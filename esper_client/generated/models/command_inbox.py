from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_inbox_state import CommandInboxState, check_command_inbox_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_inbox_command_args import CommandInboxCommandArgs
    from ..models.command_inbox_device_meta import CommandInboxDeviceMeta


T = TypeVar("T", bound="CommandInbox")


@_attrs_define
class CommandInbox:
    """
    Attributes:
        command (str | Unset):
        command_args (CommandInboxCommandArgs | Unset):
        created_on (datetime.datetime | Unset):
        device_meta (CommandInboxDeviceMeta | Unset):
        id (UUID | Unset):
        state (CommandInboxState | Unset):
        updated_on (datetime.datetime | Unset):
    """

    command: str | Unset = UNSET
    command_args: CommandInboxCommandArgs | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    device_meta: CommandInboxDeviceMeta | Unset = UNSET
    id: UUID | Unset = UNSET
    state: CommandInboxState | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        command_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.command_args, Unset):
            command_args = self.command_args.to_dict()

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        device_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_meta, Unset):
            device_meta = self.device_meta.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command is not UNSET:
            field_dict["command"] = command
        if command_args is not UNSET:
            field_dict["command_args"] = command_args
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if device_meta is not UNSET:
            field_dict["device_meta"] = device_meta
        if id is not UNSET:
            field_dict["id"] = id
        if state is not UNSET:
            field_dict["state"] = state
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            CommandInboxCommandArgs,
            CommandInboxDeviceMeta,
        ) = _nested_models()

        d = dict(src_dict)
        command = d.pop("command", UNSET)

        _command_args = d.pop("command_args", UNSET)
        command_args: CommandInboxCommandArgs | Unset
        if isinstance(_command_args, Unset):
            command_args = UNSET
        else:
            command_args = CommandInboxCommandArgs.from_dict(_command_args)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _device_meta = d.pop("device_meta", UNSET)
        device_meta: CommandInboxDeviceMeta | Unset
        if isinstance(_device_meta, Unset):
            device_meta = UNSET
        else:
            device_meta = CommandInboxDeviceMeta.from_dict(_device_meta)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _state = d.pop("state", UNSET)
        state: CommandInboxState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_command_inbox_state(_state)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        command_inbox = cls(
            command=command,
            command_args=command_args,
            created_on=created_on,
            device_meta=device_meta,
            id=id,
            state=state,
            updated_on=updated_on,
        )

        command_inbox.additional_properties = d
        return command_inbox

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
def _nested_models() -> tuple[
    type[CommandInboxCommandArgs],
    type[CommandInboxDeviceMeta],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.command_inbox_command_args import CommandInboxCommandArgs  # noqa: PLC0415
    from ..models.command_inbox_device_meta import CommandInboxDeviceMeta  # noqa: PLC0415

    return (
        CommandInboxCommandArgs,
        CommandInboxDeviceMeta,
    )
