from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_response_args import CommandResponseArgs


T = TypeVar("T", bound="CommandResponse")


@_attrs_define
class CommandResponse:
    """
    Attributes:
        args (CommandResponseArgs | Unset):
        command (str | Unset):
        command_type (str | Unset):  Default: 'DEVICE'.
        device_id (UUID | Unset):
        device_type (str | Unset):  Default: 'all'.
        enterprise_id (UUID | Unset):
        operation_id (UUID | Unset):
        request_id (UUID | Unset):
        request_status (str | Unset):
        request_status_reason (str | Unset):
        schedule (str | Unset):  Default: 'IMMEDIATE'.
        target_run_id (UUID | Unset):
    """

    args: CommandResponseArgs | Unset = UNSET
    command: str | Unset = UNSET
    command_type: str | Unset = "DEVICE"
    device_id: UUID | Unset = UNSET
    device_type: str | Unset = "all"
    enterprise_id: UUID | Unset = UNSET
    operation_id: UUID | Unset = UNSET
    request_id: UUID | Unset = UNSET
    request_status: str | Unset = UNSET
    request_status_reason: str | Unset = UNSET
    schedule: str | Unset = "IMMEDIATE"
    target_run_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args.to_dict()

        command = self.command

        command_type = self.command_type

        device_id: str | Unset = UNSET
        if not isinstance(self.device_id, Unset):
            device_id = str(self.device_id)

        device_type = self.device_type

        enterprise_id: str | Unset = UNSET
        if not isinstance(self.enterprise_id, Unset):
            enterprise_id = str(self.enterprise_id)

        operation_id: str | Unset = UNSET
        if not isinstance(self.operation_id, Unset):
            operation_id = str(self.operation_id)

        request_id: str | Unset = UNSET
        if not isinstance(self.request_id, Unset):
            request_id = str(self.request_id)

        request_status = self.request_status

        request_status_reason = self.request_status_reason

        schedule = self.schedule

        target_run_id: str | Unset = UNSET
        if not isinstance(self.target_run_id, Unset):
            target_run_id = str(self.target_run_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if args is not UNSET:
            field_dict["args"] = args
        if command is not UNSET:
            field_dict["command"] = command
        if command_type is not UNSET:
            field_dict["command_type"] = command_type
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if enterprise_id is not UNSET:
            field_dict["enterprise_id"] = enterprise_id
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if request_status is not UNSET:
            field_dict["request_status"] = request_status
        if request_status_reason is not UNSET:
            field_dict["request_status_reason"] = request_status_reason
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if target_run_id is not UNSET:
            field_dict["target_run_id"] = target_run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (CommandResponseArgs,) = _nested_models()

        d = dict(src_dict)
        _args = d.pop("args", UNSET)
        args: CommandResponseArgs | Unset
        if isinstance(_args, Unset):
            args = UNSET
        else:
            args = CommandResponseArgs.from_dict(_args)

        command = d.pop("command", UNSET)

        command_type = d.pop("command_type", UNSET)

        _device_id = d.pop("device_id", UNSET)
        device_id: UUID | Unset
        if isinstance(_device_id, Unset):
            device_id = UNSET
        else:
            device_id = UUID(_device_id)

        device_type = d.pop("device_type", UNSET)

        _enterprise_id = d.pop("enterprise_id", UNSET)
        enterprise_id: UUID | Unset
        if isinstance(_enterprise_id, Unset):
            enterprise_id = UNSET
        else:
            enterprise_id = UUID(_enterprise_id)

        _operation_id = d.pop("operation_id", UNSET)
        operation_id: UUID | Unset
        if isinstance(_operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = UUID(_operation_id)

        _request_id = d.pop("request_id", UNSET)
        request_id: UUID | Unset
        if isinstance(_request_id, Unset):
            request_id = UNSET
        else:
            request_id = UUID(_request_id)

        request_status = d.pop("request_status", UNSET)

        request_status_reason = d.pop("request_status_reason", UNSET)

        schedule = d.pop("schedule", UNSET)

        _target_run_id = d.pop("target_run_id", UNSET)
        target_run_id: UUID | Unset
        if isinstance(_target_run_id, Unset):
            target_run_id = UNSET
        else:
            target_run_id = UUID(_target_run_id)

        command_response = cls(
            args=args,
            command=command,
            command_type=command_type,
            device_id=device_id,
            device_type=device_type,
            enterprise_id=enterprise_id,
            operation_id=operation_id,
            request_id=request_id,
            request_status=request_status,
            request_status_reason=request_status_reason,
            schedule=schedule,
            target_run_id=target_run_id,
        )

        command_response.additional_properties = d
        return command_response

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
def _nested_models() -> tuple[type[CommandResponseArgs],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.command_response_args import CommandResponseArgs  # noqa: PLC0415

    return (CommandResponseArgs,)
