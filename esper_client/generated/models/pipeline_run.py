from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipeline_run_status import PipelineRunStatus, check_pipeline_run_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipeline_run_status_meta import PipelineRunStatusMeta


T = TypeVar("T", bound="PipelineRun")


@_attrs_define
class PipelineRun:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        created_by (float | Unset):
        ended_at (datetime.datetime | Unset):
        enterprise_id (str | Unset):
        id (str | Unset):
        pipeline_id (str | Unset):
        pipeline_name (str | Unset):
        run_number (int | Unset):
        started_at (datetime.datetime | Unset):
        status (PipelineRunStatus | Unset):
        status_meta (PipelineRunStatusMeta | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (float | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by: float | Unset = UNSET
    ended_at: datetime.datetime | Unset = UNSET
    enterprise_id: str | Unset = UNSET
    id: str | Unset = UNSET
    pipeline_id: str | Unset = UNSET
    pipeline_name: str | Unset = UNSET
    run_number: int | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    status: PipelineRunStatus | Unset = UNSET
    status_meta: PipelineRunStatusMeta | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        ended_at: str | Unset = UNSET
        if not isinstance(self.ended_at, Unset):
            ended_at = self.ended_at.isoformat()

        enterprise_id = self.enterprise_id

        id = self.id

        pipeline_id = self.pipeline_id

        pipeline_name = self.pipeline_name

        run_number = self.run_number

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        status_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_meta, Unset):
            status_meta = self.status_meta.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if enterprise_id is not UNSET:
            field_dict["enterprise_id"] = enterprise_id
        if id is not UNSET:
            field_dict["id"] = id
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if pipeline_name is not UNSET:
            field_dict["pipeline_name"] = pipeline_name
        if run_number is not UNSET:
            field_dict["run_number"] = run_number
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if status_meta is not UNSET:
            field_dict["status_meta"] = status_meta
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (PipelineRunStatusMeta,) = _nested_models()

        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        _ended_at = d.pop("ended_at", UNSET)
        ended_at: datetime.datetime | Unset
        if isinstance(_ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = datetime.datetime.fromisoformat(_ended_at)

        enterprise_id = d.pop("enterprise_id", UNSET)

        id = d.pop("id", UNSET)

        pipeline_id = d.pop("pipeline_id", UNSET)

        pipeline_name = d.pop("pipeline_name", UNSET)

        run_number = d.pop("run_number", UNSET)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _status = d.pop("status", UNSET)
        status: PipelineRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_pipeline_run_status(_status)

        _status_meta = d.pop("status_meta", UNSET)
        status_meta: PipelineRunStatusMeta | Unset
        if isinstance(_status_meta, Unset):
            status_meta = UNSET
        else:
            status_meta = PipelineRunStatusMeta.from_dict(_status_meta)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        pipeline_run = cls(
            created_at=created_at,
            created_by=created_by,
            ended_at=ended_at,
            enterprise_id=enterprise_id,
            id=id,
            pipeline_id=pipeline_id,
            pipeline_name=pipeline_name,
            run_number=run_number,
            started_at=started_at,
            status=status,
            status_meta=status_meta,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        pipeline_run.additional_properties = d
        return pipeline_run

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
def _nested_models() -> tuple[type[PipelineRunStatusMeta],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.pipeline_run_status_meta import PipelineRunStatusMeta  # noqa: PLC0415

    return (PipelineRunStatusMeta,)
