from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.converge_status import ConvergeStatus, check_converge_status
from ..models.schedule_enum import ScheduleEnum, check_schedule_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blueprints_info import BlueprintsInfo
    from ..models.converge_schedule_args import ConvergeScheduleArgs


T = TypeVar("T", bound="Converge")


@_attrs_define
class Converge:
    """
    Attributes:
        blueprint_info (BlueprintsInfo | Unset):
        converge_with_provision_option (bool | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        device_id (UUID | Unset):
        id (UUID | Unset):
        reason (str | Unset):
        schedule_args (ConvergeScheduleArgs | Unset):
        schedule_type (ScheduleEnum | Unset):
        status (ConvergeStatus | Unset):
        updated_at (datetime.datetime | Unset):
    """

    blueprint_info: BlueprintsInfo | Unset = UNSET
    converge_with_provision_option: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    device_id: UUID | Unset = UNSET
    id: UUID | Unset = UNSET
    reason: str | Unset = UNSET
    schedule_args: ConvergeScheduleArgs | Unset = UNSET
    schedule_type: ScheduleEnum | Unset = UNSET
    status: ConvergeStatus | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blueprint_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blueprint_info, Unset):
            blueprint_info = self.blueprint_info.to_dict()

        converge_with_provision_option = self.converge_with_provision_option

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        device_id: str | Unset = UNSET
        if not isinstance(self.device_id, Unset):
            device_id = str(self.device_id)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        reason = self.reason

        schedule_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_args, Unset):
            schedule_args = self.schedule_args.to_dict()

        schedule_type: str | Unset = UNSET
        if not isinstance(self.schedule_type, Unset):
            schedule_type = self.schedule_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blueprint_info is not UNSET:
            field_dict["blueprint_info"] = blueprint_info
        if converge_with_provision_option is not UNSET:
            field_dict["converge_with_provision_option"] = converge_with_provision_option
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if schedule_args is not UNSET:
            field_dict["schedule_args"] = schedule_args
        if schedule_type is not UNSET:
            field_dict["schedule_type"] = schedule_type
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            BlueprintsInfo,
            ConvergeScheduleArgs,
        ) = _nested_models()

        d = dict(src_dict)
        _blueprint_info = d.pop("blueprint_info", UNSET)
        blueprint_info: BlueprintsInfo | Unset
        if isinstance(_blueprint_info, Unset):
            blueprint_info = UNSET
        else:
            blueprint_info = BlueprintsInfo.from_dict(_blueprint_info)

        converge_with_provision_option = d.pop("converge_with_provision_option", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        _device_id = d.pop("device_id", UNSET)
        device_id: UUID | Unset
        if isinstance(_device_id, Unset):
            device_id = UNSET
        else:
            device_id = UUID(_device_id)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        reason = d.pop("reason", UNSET)

        _schedule_args = d.pop("schedule_args", UNSET)
        schedule_args: ConvergeScheduleArgs | Unset
        if isinstance(_schedule_args, Unset):
            schedule_args = UNSET
        else:
            schedule_args = ConvergeScheduleArgs.from_dict(_schedule_args)

        _schedule_type = d.pop("schedule_type", UNSET)
        schedule_type: ScheduleEnum | Unset
        if isinstance(_schedule_type, Unset):
            schedule_type = UNSET
        else:
            schedule_type = check_schedule_enum(_schedule_type)

        _status = d.pop("status", UNSET)
        status: ConvergeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_converge_status(_status)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        converge = cls(
            blueprint_info=blueprint_info,
            converge_with_provision_option=converge_with_provision_option,
            created_at=created_at,
            created_by=created_by,
            device_id=device_id,
            id=id,
            reason=reason,
            schedule_args=schedule_args,
            schedule_type=schedule_type,
            status=status,
            updated_at=updated_at,
        )

        converge.additional_properties = d
        return converge

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
    type[BlueprintsInfo],
    type[ConvergeScheduleArgs],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.blueprints_info import BlueprintsInfo  # noqa: PLC0415
    from ..models.converge_schedule_args import ConvergeScheduleArgs  # noqa: PLC0415

    return (
        BlueprintsInfo,
        ConvergeScheduleArgs,
    )
