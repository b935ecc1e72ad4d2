from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_request_post_command_type import (
    CommandRequestPOSTCommandType,
    check_command_request_post_command_type,
)
from ..models.command_request_post_device_type import (
    CommandRequestPOSTDeviceType,
    check_command_request_post_device_type,
)
from ..models.command_schedule_enum import CommandScheduleEnum, check_command_schedule_enum
from ..models.device_command_enum import DeviceCommandEnum, check_device_command_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_args import CommandArgs
    from ..models.command_schedule_args import CommandScheduleArgs


T = TypeVar("T", bound="CommandRequestPOST")


@_attrs_define
class CommandRequestPOST:
    """
    Attributes:
        alias (str | Unset):
        command (DeviceCommandEnum | Unset):
        command_args (CommandArgs | Unset):
        command_type (CommandRequestPOSTCommandType | Unset):
        device_type (CommandRequestPOSTDeviceType | Unset):
        devices (list[UUID] | Unset):
        groups (list[UUID] | Unset):
        schedule (CommandScheduleEnum | Unset):
        schedule_args (CommandScheduleArgs | Unset):
    """

    alias: str | Unset = UNSET
    command: DeviceCommandEnum | Unset = UNSET
    command_args: CommandArgs | Unset = UNSET
    command_type: CommandRequestPOSTCommandType | Unset = UNSET
    device_type: CommandRequestPOSTDeviceType | Unset = UNSET
    devices: list[UUID] | Unset = UNSET
    groups: list[UUID] | Unset = UNSET
    schedule: CommandScheduleEnum | Unset = UNSET
    schedule_args: CommandScheduleArgs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        command: str | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command

        command_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.command_args, Unset):
            command_args = self.command_args.to_dict()

        command_type: str | Unset = UNSET
        if not isinstance(self.command_type, Unset):
            command_type = self.command_type

        device_type: str | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type

        devices: list[str] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = str(devices_item_data)
                devices.append(devices_item)

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = str(groups_item_data)
                groups.append(groups_item)

        schedule: str | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule

        schedule_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_args, Unset):
            schedule_args = self.schedule_args.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if command is not UNSET:
            field_dict["command"] = command
        if command_args is not UNSET:
            field_dict["command_args"] = command_args
        if command_type is not UNSET:
            field_dict["command_type"] = command_type
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if devices is not UNSET:
            field_dict["devices"] = devices
        if groups is not UNSET:
            field_dict["groups"] = groups
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if schedule_args is not UNSET:
            field_dict["schedule_args"] = schedule_args

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            CommandArgs,
            CommandScheduleArgs,
        ) = _nested_models()

        d = dict(src_dict)
        alias = d.pop("alias", UNSET)

        _command = d.pop("command", UNSET)
        command: DeviceCommandEnum | Unset
        if isinstance(_command, Unset):
            command = UNSET
        else:
            command = check_device_command_enum(_command)

        _command_args = d.pop("command_args", UNSET)
        command_args: CommandArgs | Unset
        if isinstance(_command_args, Unset):
            command_args = UNSET
        else:
            command_args = CommandArgs.from_dict(_command_args)

        _command_type = d.pop("command_type", UNSET)
        command_type: CommandRequestPOSTCommandType | Unset
        if isinstance(_command_type, Unset):
            command_type = UNSET
        else:
            command_type = check_command_request_post_command_type(_command_type)

        _device_type = d.pop("device_type", UNSET)
        device_type: CommandRequestPOSTDeviceType | Unset
        if isinstance(_device_type, Unset):
            device_type = UNSET
        else:
            device_type = check_command_request_post_device_type(_device_type)

        _devices = d.pop("devices", UNSET)
        devices: list[UUID] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = UUID(devices_item_data)

                devices.append(devices_item)

        _groups = d.pop("groups", UNSET)
        groups: list[UUID] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = UUID(groups_item_data)

                groups.append(groups_item)

        _schedule = d.pop("schedule", UNSET)
        schedule: CommandScheduleEnum | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = check_command_schedule_enum(_schedule)

        _schedule_args = d.pop("schedule_args", UNSET)
        schedule_args: CommandScheduleArgs | Unset
        if isinstance(_schedule_args, Unset):
            schedule_args = UNSET
        else:
            schedule_args = CommandScheduleArgs.from_dict(_schedule_args)

        command_request_post = cls(
            alias=alias,
            command=command,
            command_args=command_args,
            command_type=command_type,
            device_type=device_type,
            devices=devices,
            groups=groups,
            schedule=schedule,
            schedule_args=schedule_args,
        )

        command_request_post.additional_properties = d
        return command_request_post

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
    type[CommandArgs],
    type[CommandScheduleArgs],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.command_args import CommandArgs  # noqa: PLC0415
    from ..models.command_schedule_args import CommandScheduleArgs  # noqa: PLC0415

    return (
        CommandArgs,
        CommandScheduleArgs,
    )
