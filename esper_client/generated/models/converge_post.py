from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.schedule_enum import ScheduleEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.converge_post_schedule_args import ConvergePOSTScheduleArgs


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """ConvergePOST's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.converge_post_schedule_args import ConvergePOSTScheduleArgs  # noqa: PLC0415

    return (
        (
            _rt.Field("converge_with_provision_option", "converge_with_provision_option", _rt.BOOL, required=True),
            _rt.Field("device_id", "device_id", _rt.UUID_, required=True),
            _rt.Field("schedule_args", "schedule_args", _rt.model(ConvergePOSTScheduleArgs)),
            _rt.Field("schedule_type", "schedule_type", _rt.enum("ScheduleEnum", ["IMMEDIATE", "WINDOW"])),
        ),
        _rt.ANY,
    )


@_attrs_define
class ConvergePOST:
    """
    Attributes:
        converge_with_provision_option (bool): True converges with the provisioning option turned on.
        device_id (UUID): The device to converge (its id).
        schedule_args (ConvergePOSTScheduleArgs | Unset): The time window, for a WINDOW schedule.
        schedule_type (ScheduleEnum | Unset): 'IMMEDIATE': Run as soon as possible.
            'WINDOW': Run within the time window given in schedule_args.
    """

    converge_with_provision_option: bool
    device_id: UUID
    schedule_args: ConvergePOSTScheduleArgs | Unset = UNSET
    schedule_type: ScheduleEnum | Unset = UNSET
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
