from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operations_post_operation_type import OperationsPOSTOperationType, check_operations_post_operation_type
from ..models.operations_post_schedule_type import OperationsPOSTScheduleType, check_operations_post_schedule_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operations_post_arguments import OperationsPOSTArguments
    from ..models.operations_post_operation_device_query import OperationsPOSTOperationDeviceQuery
    from ..models.schedule_args import ScheduleArgs


T = TypeVar("T", bound="OperationsPOST")


@_attrs_define
class OperationsPOST:
    """
    Attributes:
        arguments (OperationsPOSTArguments | Unset):
        operation_device_query (OperationsPOSTOperationDeviceQuery | Unset):
        operation_type (OperationsPOSTOperationType | Unset):
        schedule_args (ScheduleArgs | Unset):
        schedule_type (OperationsPOSTScheduleType | Unset):
    """

    arguments: OperationsPOSTArguments | Unset = UNSET
    operation_device_query: OperationsPOSTOperationDeviceQuery | Unset = UNSET
    operation_type: OperationsPOSTOperationType | Unset = UNSET
    schedule_args: ScheduleArgs | Unset = UNSET
    schedule_type: OperationsPOSTScheduleType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = self.arguments.to_dict()

        operation_device_query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation_device_query, Unset):
            operation_device_query = self.operation_device_query.to_dict()

        operation_type: str | Unset = UNSET
        if not isinstance(self.operation_type, Unset):
            operation_type = self.operation_type

        schedule_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_args, Unset):
            schedule_args = self.schedule_args.to_dict()

        schedule_type: str | Unset = UNSET
        if not isinstance(self.schedule_type, Unset):
            schedule_type = self.schedule_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if operation_device_query is not UNSET:
            field_dict["operation_device_query"] = operation_device_query
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type
        if schedule_args is not UNSET:
            field_dict["schedule_args"] = schedule_args
        if schedule_type is not UNSET:
            field_dict["schedule_type"] = schedule_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            OperationsPOSTArguments,
            OperationsPOSTOperationDeviceQuery,
            ScheduleArgs,
        ) = _nested_models()

        d = dict(src_dict)
        _arguments = d.pop("arguments", UNSET)
        arguments: OperationsPOSTArguments | Unset
        if isinstance(_arguments, Unset):
            arguments = UNSET
        else:
            arguments = OperationsPOSTArguments.from_dict(_arguments)

        _operation_device_query = d.pop("operation_device_query", UNSET)
        operation_device_query: OperationsPOSTOperationDeviceQuery | Unset
        if isinstance(_operation_device_query, Unset):
            operation_device_query = UNSET
        else:
            operation_device_query = OperationsPOSTOperationDeviceQuery.from_dict(_operation_device_query)

        _operation_type = d.pop("operation_type", UNSET)
        operation_type: OperationsPOSTOperationType | Unset
        if isinstance(_operation_type, Unset):
            operation_type = UNSET
        else:
            operation_type = check_operations_post_operation_type(_operation_type)

        _schedule_args = d.pop("schedule_args", UNSET)
        schedule_args: ScheduleArgs | Unset
        if isinstance(_schedule_args, Unset):
            schedule_args = UNSET
        else:
            schedule_args = ScheduleArgs.from_dict(_schedule_args)

        _schedule_type = d.pop("schedule_type", UNSET)
        schedule_type: OperationsPOSTScheduleType | Unset
        if isinstance(_schedule_type, Unset):
            schedule_type = UNSET
        else:
            schedule_type = check_operations_post_schedule_type(_schedule_type)

        operations_post = cls(
            arguments=arguments,
            operation_device_query=operation_device_query,
            operation_type=operation_type,
            schedule_args=schedule_args,
            schedule_type=schedule_type,
        )

        operations_post.additional_properties = d
        return operations_post

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
    type[OperationsPOSTArguments],
    type[OperationsPOSTOperationDeviceQuery],
    type[ScheduleArgs],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.operations_post_arguments import OperationsPOSTArguments  # noqa: PLC0415
    from ..models.operations_post_operation_device_query import OperationsPOSTOperationDeviceQuery  # noqa: PLC0415
    from ..models.schedule_args import ScheduleArgs  # noqa: PLC0415

    return (
        OperationsPOSTArguments,
        OperationsPOSTOperationDeviceQuery,
        ScheduleArgs,
    )
