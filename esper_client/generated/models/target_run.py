from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.target_run_status import TargetRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_run_command_meta import TargetRunCommandMeta


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """TargetRun's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.target_run_command_meta import TargetRunCommandMeta  # noqa: PLC0415

    return (
        (
            _rt.Field("command_id", "command_id", _rt.STR),
            _rt.Field("command_meta", "command_meta", _rt.model(TargetRunCommandMeta)),
            _rt.Field("command_status", "command_status", _rt.STR),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.FLOAT),
            _rt.Field("device_alias", "device_alias", _rt.UUID_),
            _rt.Field("device_id", "device_id", _rt.UUID_),
            _rt.Field("ended_at", "ended_at", _rt.DATETIME),
            _rt.Field("id", "id", _rt.STR),
            _rt.Field("stage_run_id", "stage_run_id", _rt.UUID_),
            _rt.Field("stage_run_operation_id", "stage_run_operation_id", _rt.UUID_),
            _rt.Field("started_at", "started_at", _rt.DATETIME),
            _rt.Field(
                "status",
                "status",
                _rt.enum(
                    "TargetRunStatus",
                    [
                        "cancelled",
                        "complete",
                        "dispatched",
                        "failure",
                        "invalid",
                        "pending",
                        "processing",
                        "queued",
                        "running",
                        "success",
                        "timeout",
                    ],
                ),
            ),
            _rt.Field("target_id", "target_id", _rt.UUID_),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.FLOAT),
        ),
        _rt.ANY,
    )


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

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
