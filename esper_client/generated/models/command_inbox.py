from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.command_inbox_state import CommandInboxState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_inbox_command_args import CommandInboxCommandArgs
    from ..models.command_inbox_device_meta import CommandInboxDeviceMeta


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """CommandInbox's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.command_inbox_command_args import CommandInboxCommandArgs  # noqa: PLC0415
    from ..models.command_inbox_device_meta import CommandInboxDeviceMeta  # noqa: PLC0415

    return (
        (
            _rt.Field("command", "command", _rt.STR),
            _rt.Field("command_args", "command_args", _rt.model(CommandInboxCommandArgs)),
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("device_meta", "device_meta", _rt.model(CommandInboxDeviceMeta)),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("state", "state", _rt.enum("CommandInboxState", ["Command Queued"])),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class CommandInbox:
    """
    Attributes:
        command (str | Unset):
        command_args (CommandInboxCommandArgs | Unset):
        created_on (datetime.datetime | Unset):
        device_meta (CommandInboxDeviceMeta | Unset):
        id (UUID | Unset):
        state (CommandInboxState | Unset):
        updated_on (datetime.datetime | Unset):
    """

    command: str | Unset = UNSET
    command_args: CommandInboxCommandArgs | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    device_meta: CommandInboxDeviceMeta | Unset = UNSET
    id: UUID | Unset = UNSET
    state: CommandInboxState | Unset = UNSET
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
