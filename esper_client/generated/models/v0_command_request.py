from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v0_command_request_command_type import V0CommandRequestCommandType, check_v0_command_request_command_type
from ..models.v0_command_schedule_enum import V0CommandScheduleEnum, check_v0_command_schedule_enum
from ..models.v0_device_command_enum import V0DeviceCommandEnum, check_v0_device_command_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0_command_args import V0CommandArgs
    from ..models.v0_command_request_status import V0CommandRequestStatus
    from ..models.v0_command_schedule_args import V0CommandScheduleArgs


T = TypeVar("T", bound="V0CommandRequest")


@_attrs_define
class V0CommandRequest:
    """
    Attributes:
        command (V0DeviceCommandEnum | Unset):
        command_args (V0CommandArgs | Unset):
        command_type (V0CommandRequestCommandType | Unset):
        created_on (datetime.datetime | Unset):
        devices (list[UUID] | Unset):
        enterprise (UUID | Unset):
        groups (list[UUID] | Unset):
        id (UUID | Unset):
        issued_by (str | Unset):
        schedule (V0CommandScheduleEnum | Unset):
        schedule_args (V0CommandScheduleArgs | Unset):
        status (list[V0CommandRequestStatus] | Unset):
    """

    command: V0DeviceCommandEnum | Unset = UNSET
    command_args: V0CommandArgs | Unset = UNSET
    command_type: V0CommandRequestCommandType | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    devices: list[UUID] | Unset = UNSET
    enterprise: UUID | Unset = UNSET
    groups: list[UUID] | Unset = UNSET
    id: UUID | Unset = UNSET
    issued_by: str | Unset = UNSET
    schedule: V0CommandScheduleEnum | Unset = UNSET
    schedule_args: V0CommandScheduleArgs | Unset = UNSET
    status: list[V0CommandRequestStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command: str | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command

        command_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.command_args, Unset):
            command_args = self.command_args.to_dict()

        command_type: str | Unset = UNSET
        if not isinstance(self.command_type, Unset):
            command_type = self.command_type

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        devices: list[str] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = str(devices_item_data)
                devices.append(devices_item)

        enterprise: str | Unset = UNSET
        if not isinstance(self.enterprise, Unset):
            enterprise = str(self.enterprise)

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = str(groups_item_data)
                groups.append(groups_item)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        issued_by = self.issued_by

        schedule: str | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule

        schedule_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_args, Unset):
            schedule_args = self.schedule_args.to_dict()

        status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.to_dict()
                status.append(status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command is not UNSET:
            field_dict["command"] = command
        if command_args is not UNSET:
            field_dict["command_args"] = command_args
        if command_type is not UNSET:
            field_dict["command_type"] = command_type
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if devices is not UNSET:
            field_dict["devices"] = devices
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if groups is not UNSET:
            field_dict["groups"] = groups
        if id is not UNSET:
            field_dict["id"] = id
        if issued_by is not UNSET:
            field_dict["issued_by"] = issued_by
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if schedule_args is not UNSET:
            field_dict["schedule_args"] = schedule_args
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            V0CommandArgs,
            V0CommandRequestStatus,
            V0CommandScheduleArgs,
        ) = _nested_models()

        d = dict(src_dict)
        _command = d.pop("command", UNSET)
        command: V0DeviceCommandEnum | Unset
        if isinstance(_command, Unset):
            command = UNSET
        else:
            command = check_v0_device_command_enum(_command)

        _command_args = d.pop("command_args", UNSET)
        command_args: V0CommandArgs | Unset
        if isinstance(_command_args, Unset):
            command_args = UNSET
        else:
            command_args = V0CommandArgs.from_dict(_command_args)

        _command_type = d.pop("command_type", UNSET)
        command_type: V0CommandRequestCommandType | Unset
        if isinstance(_command_type, Unset):
            command_type = UNSET
        else:
            command_type = check_v0_command_request_command_type(_command_type)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _devices = d.pop("devices", UNSET)
        devices: list[UUID] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = UUID(devices_item_data)

                devices.append(devices_item)

        _enterprise = d.pop("enterprise", UNSET)
        enterprise: UUID | Unset
        if isinstance(_enterprise, Unset):
            enterprise = UNSET
        else:
            enterprise = UUID(_enterprise)

        _groups = d.pop("groups", UNSET)
        groups: list[UUID] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = UUID(groups_item_data)

                groups.append(groups_item)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        issued_by = d.pop("issued_by", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: V0CommandScheduleEnum | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = check_v0_command_schedule_enum(_schedule)

        _schedule_args = d.pop("schedule_args", UNSET)
        schedule_args: V0CommandScheduleArgs | Unset
        if isinstance(_schedule_args, Unset):
            schedule_args = UNSET
        else:
            schedule_args = V0CommandScheduleArgs.from_dict(_schedule_args)

        _status = d.pop("status", UNSET)
        status: list[V0CommandRequestStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = V0CommandRequestStatus.from_dict(status_item_data)

                status.append(status_item)

        v0_command_request = cls(
            command=command,
            command_args=command_args,
            command_type=command_type,
            created_on=created_on,
            devices=devices,
            enterprise=enterprise,
            groups=groups,
            id=id,
            issued_by=issued_by,
            schedule=schedule,
            schedule_args=schedule_args,
            status=status,
        )

        v0_command_request.additional_properties = d
        return v0_command_request

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
    type[V0CommandArgs],
    type[V0CommandRequestStatus],
    type[V0CommandScheduleArgs],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.v0_command_args import V0CommandArgs  # noqa: PLC0415
    from ..models.v0_command_request_status import V0CommandRequestStatus  # noqa: PLC0415
    from ..models.v0_command_schedule_args import V0CommandScheduleArgs  # noqa: PLC0415

    return (
        V0CommandArgs,
        V0CommandRequestStatus,
        V0CommandScheduleArgs,
    )
