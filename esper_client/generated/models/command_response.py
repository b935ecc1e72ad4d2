from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_response_args import CommandResponseArgs


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """CommandResponse's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.command_response_args import CommandResponseArgs  # noqa: PLC0415

    return (
        (
            _rt.Field("args", "args", _rt.model(CommandResponseArgs)),
            _rt.Field("command", "command", _rt.STR),
            _rt.Field("command_type", "command_type", _rt.STR),
            _rt.Field("device_id", "device_id", _rt.UUID_),
            _rt.Field("device_type", "device_type", _rt.STR),
            _rt.Field("enterprise_id", "enterprise_id", _rt.UUID_),
            _rt.Field("operation_id", "operation_id", _rt.UUID_),
            _rt.Field("request_id", "request_id", _rt.UUID_),
            _rt.Field("request_status", "request_status", _rt.STR),
            _rt.Field("request_status_reason", "request_status_reason", _rt.STR),
            _rt.Field("schedule", "schedule", _rt.STR),
            _rt.Field("target_run_id", "target_run_id", _rt.UUID_),
        ),
        _rt.ANY,
    )


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
