from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_run_status import TargetRunStatus, check_target_run_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_run_command_meta import TargetRunCommandMeta


T = TypeVar("T", bound="TargetRun")


@_attrs_define
class TargetRun:
    """
    Attributes:
        command_id (str | Unset):
        command_meta (TargetRunCommandMeta | Unset):
        command_status (str | Unset):
        created_at (datetime.datetime | Unset):
        created_by (float | Unset):
        device_alias (UUID | Unset):
        device_id (UUID | Unset):
        ended_at (datetime.datetime | Unset):
        id (str | Unset):
        stage_run_id (UUID | Unset):
        stage_run_operation_id (UUID | Unset):
        started_at (datetime.datetime | Unset):
        status (TargetRunStatus | Unset):
        target_id (UUID | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (float | Unset):
    """

    command_id: str | Unset = UNSET
    command_meta: TargetRunCommandMeta | Unset = UNSET
    command_status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: float | Unset = UNSET
    device_alias: UUID | Unset = UNSET
    device_id: UUID | Unset = UNSET
    ended_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    stage_run_id: UUID | Unset = UNSET
    stage_run_operation_id: UUID | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    status: TargetRunStatus | Unset = UNSET
    target_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_id = self.command_id

        command_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.command_meta, Unset):
            command_meta = self.command_meta.to_dict()

        command_status = self.command_status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        device_alias: str | Unset = UNSET
        if not isinstance(self.device_alias, Unset):
            device_alias = str(self.device_alias)

        device_id: str | Unset = UNSET
        if not isinstance(self.device_id, Unset):
            device_id = str(self.device_id)

        ended_at: str | Unset = UNSET
        if not isinstance(self.ended_at, Unset):
            ended_at = self.ended_at.isoformat()

        id = self.id

        stage_run_id: str | Unset = UNSET
        if not isinstance(self.stage_run_id, Unset):
            stage_run_id = str(self.stage_run_id)

        stage_run_operation_id: str | Unset = UNSET
        if not isinstance(self.stage_run_operation_id, Unset):
            stage_run_operation_id = str(self.stage_run_operation_id)

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        target_id: str | Unset = UNSET
        if not isinstance(self.target_id, Unset):
            target_id = str(self.target_id)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if command_meta is not UNSET:
            field_dict["command_meta"] = command_meta
        if command_status is not UNSET:
            field_dict["command_status"] = command_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if device_alias is not UNSET:
            field_dict["device_alias"] = device_alias
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if id is not UNSET:
            field_dict["id"] = id
        if stage_run_id is not UNSET:
            field_dict["stage_run_id"] = stage_run_id
        if stage_run_operation_id is not UNSET:
            field_dict["stage_run_operation_id"] = stage_run_operation_id
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (TargetRunCommandMeta,) = _nested_models()

        d = dict(src_dict)
        command_id = d.pop("command_id", UNSET)

        _command_meta = d.pop("command_meta", UNSET)
        command_meta: TargetRunCommandMeta | Unset
        if isinstance(_command_meta, Unset):
            command_meta = UNSET
        else:
            command_meta = TargetRunCommandMeta.from_dict(_command_meta)

        command_status = d.pop("command_status", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        _device_alias = d.pop("device_alias", UNSET)
        device_alias: UUID | Unset
        if isinstance(_device_alias, Unset):
            device_alias = UNSET
        else:
            device_alias = UUID(_device_alias)

        _device_id = d.pop("device_id", UNSET)
        device_id: UUID | Unset
        if isinstance(_device_id, Unset):
            device_id = UNSET
        else:
            device_id = UUID(_device_id)

        _ended_at = d.pop("ended_at", UNSET)
        ended_at: datetime.datetime | Unset
        if isinstance(_ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = datetime.datetime.fromisoformat(_ended_at)

        id = d.pop("id", UNSET)

        _stage_run_id = d.pop("stage_run_id", UNSET)
        stage_run_id: UUID | Unset
        if isinstance(_stage_run_id, Unset):
            stage_run_id = UNSET
        else:
            stage_run_id = UUID(_stage_run_id)

        _stage_run_operation_id = d.pop("stage_run_operation_id", UNSET)
        stage_run_operation_id: UUID | Unset
        if isinstance(_stage_run_operation_id, Unset):
            stage_run_operation_id = UNSET
        else:
            stage_run_operation_id = UUID(_stage_run_operation_id)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _status = d.pop("status", UNSET)
        status: TargetRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_target_run_status(_status)

        _target_id = d.pop("target_id", UNSET)
        target_id: UUID | Unset
        if isinstance(_target_id, Unset):
            target_id = UNSET
        else:
            target_id = UUID(_target_id)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        target_run = cls(
            command_id=command_id,
            command_meta=command_meta,
            command_status=command_status,
            created_at=created_at,
            created_by=created_by,
            device_alias=device_alias,
            device_id=device_id,
            ended_at=ended_at,
            id=id,
            stage_run_id=stage_run_id,
            stage_run_operation_id=stage_run_operation_id,
            started_at=started_at,
            status=status,
            target_id=target_id,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        target_run.additional_properties = d
        return target_run

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
def _nested_models() -> tuple[type[TargetRunCommandMeta],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.target_run_command_meta import TargetRunCommandMeta  # noqa: PLC0415

    return (TargetRunCommandMeta,)
