from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_operation_activity import DeviceOperationActivity


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """DeviceOperationWithStats's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.device_operation_activity import DeviceOperationActivity  # noqa: PLC0415

    return (
        (
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("device_id", "device_id", _rt.UUID_),
            _rt.Field(
                "device_operation_activity",
                "device_operation_activity",
                _rt.list_of(_rt.model(DeviceOperationActivity)),
            ),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("operation_id", "operation_id", _rt.UUID_),
            _rt.Field("reason", "reason", _rt.STR),
            _rt.Field(
                "state",
                "state",
                _rt.union(
                    _rt.INT,
                    _rt.STR,
                ),
            ),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class DeviceOperationWithStats:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        device_id (UUID | Unset):
        device_operation_activity (list[DeviceOperationActivity] | Unset):
        id (UUID | Unset):
        operation_id (UUID | Unset):
        reason (str | Unset):
        state (int | str | Unset): Device operation state, as a name or as its integer code; decode with
            DeviceOperationState.parse.
        updated_at (datetime.datetime | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    device_id: UUID | Unset = UNSET
    device_operation_activity: list[DeviceOperationActivity] | Unset = UNSET
    id: UUID | Unset = UNSET
    operation_id: UUID | Unset = UNSET
    reason: str | Unset = UNSET
    state: int | str | Unset = UNSET
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
