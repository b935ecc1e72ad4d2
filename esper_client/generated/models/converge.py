from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.converge_status import ConvergeStatus
from ..models.schedule_enum import ScheduleEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blueprints_info import BlueprintsInfo
    from ..models.converge_schedule_args import ConvergeScheduleArgs


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """Converge's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.blueprints_info import BlueprintsInfo  # noqa: PLC0415
    from ..models.converge_schedule_args import ConvergeScheduleArgs  # noqa: PLC0415

    return (
        (
            _rt.Field("blueprint_info", "blueprint_info", _rt.model(BlueprintsInfo)),
            _rt.Field("converge_with_provision_option", "converge_with_provision_option", _rt.BOOL),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("device_id", "device_id", _rt.UUID_),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("reason", "reason", _rt.STR),
            _rt.Field("schedule_args", "schedule_args", _rt.model(ConvergeScheduleArgs)),
            _rt.Field("schedule_type", "schedule_type", _rt.enum("ScheduleEnum", ["IMMEDIATE", "WINDOW"])),
            _rt.Field(
                "status",
                "status",
                _rt.enum("ConvergeStatus", ["FAILURE", "IN_PROGRESS", "PROCESSING", "QUEUED", "SUCCESS"]),
            ),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
        ),
        _rt.ANY,
    )


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
        schedule_type (ScheduleEnum | Unset): 'IMMEDIATE': Run as soon as possible.
            'WINDOW': Run within the time window given in schedule_args.
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
