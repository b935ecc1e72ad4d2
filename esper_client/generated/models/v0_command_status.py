from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.v0_command_status_state import V0CommandStatusState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0_command_status_command_args import V0CommandStatusCommandArgs
    from ..models.v0_command_status_issued_by import V0CommandStatusIssuedBy


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """V0CommandStatus's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.v0_command_status_command_args import V0CommandStatusCommandArgs  # noqa: PLC0415
    from ..models.v0_command_status_issued_by import V0CommandStatusIssuedBy  # noqa: PLC0415

    return (
        (
            _rt.Field("command", "command", _rt.STR),
            _rt.Field("command_args", "command_args", _rt.model(V0CommandStatusCommandArgs)),
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("device", "device", _rt.STR),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("issued_by", "issued_by", _rt.model(V0CommandStatusIssuedBy)),
            _rt.Field("reason", "reason", _rt.STR),
            _rt.Field("request", "request", _rt.UUID_),
            _rt.Field("requeue_value", "requeue_value", _rt.INT),
            _rt.Field(
                "state",
                "state",
                _rt.enum(
                    "V0CommandStatusState",
                    [
                        "Command Acknowledged",
                        "Command Cancelled",
                        "Command Failure",
                        "Command In Progress",
                        "Command Initiated",
                        "Command Queued",
                        "Command Scheduled",
                        "Command Success",
                        "Command TimeOut",
                    ],
                ),
            ),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class V0CommandStatus:
    """
    Attributes:
        command (str | Unset):
        command_args (V0CommandStatusCommandArgs | Unset):
        created_on (datetime.datetime | Unset):
        device (str | Unset):
        id (UUID | Unset):
        issued_by (V0CommandStatusIssuedBy | Unset):
        reason (str | Unset):
        request (UUID | Unset):
        requeue_value (int | Unset):
        state (V0CommandStatusState | Unset):
        updated_on (datetime.datetime | Unset):
    """

    command: str | Unset = UNSET
    command_args: V0CommandStatusCommandArgs | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    device: str | Unset = UNSET
    id: UUID | Unset = UNSET
    issued_by: V0CommandStatusIssuedBy | Unset = UNSET
    reason: str | Unset = UNSET
    request: UUID | Unset = UNSET
    requeue_value: int | Unset = UNSET
    state: V0CommandStatusState | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
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
