from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_enum import ScheduleEnum, check_schedule_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.converge_post_schedule_args import ConvergePOSTScheduleArgs


T = TypeVar("T", bound="ConvergePOST")


@_attrs_define
class ConvergePOST:
    """
    Attributes:
        converge_with_provision_option (bool):
        device_id (UUID):
        schedule_args (ConvergePOSTScheduleArgs | Unset):
        schedule_type (ScheduleEnum | Unset):
    """

    converge_with_provision_option: bool
    device_id: UUID
    schedule_args: ConvergePOSTScheduleArgs | Unset = UNSET
    schedule_type: ScheduleEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        converge_with_provision_option = self.converge_with_provision_option

        device_id = str(self.device_id)

        schedule_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_args, Unset):
            schedule_args = self.schedule_args.to_dict()

        schedule_type: str | Unset = UNSET
        if not isinstance(self.schedule_type, Unset):
            schedule_type = self.schedule_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "converge_with_provision_option": converge_with_provision_option,
                "device_id": device_id,
            }
        )
        if schedule_args is not UNSET:
            field_dict["schedule_args"] = schedule_args
        if schedule_type is not UNSET:
            field_dict["schedule_type"] = schedule_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ConvergePOSTScheduleArgs,) = _nested_models()

        d = dict(src_dict)
        converge_with_provision_option = d.pop("converge_with_provision_option")

        device_id = UUID(d.pop("device_id"))

        _schedule_args = d.pop("schedule_args", UNSET)
        schedule_args: ConvergePOSTScheduleArgs | Unset
        if isinstance(_schedule_args, Unset):
            schedule_args = UNSET
        else:
            schedule_args = ConvergePOSTScheduleArgs.from_dict(_schedule_args)

        _schedule_type = d.pop("schedule_type", UNSET)
        schedule_type: ScheduleEnum | Unset
        if isinstance(_schedule_type, Unset):
            schedule_type = UNSET
        else:
            schedule_type = check_schedule_enum(_schedule_type)

        converge_post = cls(
            converge_with_provision_option=converge_with_provision_option,
            device_id=device_id,
            schedule_args=schedule_args,
            schedule_type=schedule_type,
        )

        converge_post.additional_properties = d
        return converge_post

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
def _nested_models() -> tuple[type[ConvergePOSTScheduleArgs],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.converge_post_schedule_args import ConvergePOSTScheduleArgs  # noqa: PLC0415

    return (ConvergePOSTScheduleArgs,)
