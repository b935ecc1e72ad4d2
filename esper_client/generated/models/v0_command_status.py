from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v0_command_status_state import V0CommandStatusState, check_v0_command_status_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0_command_status_command_args import V0CommandStatusCommandArgs
    from ..models.v0_command_status_issued_by import V0CommandStatusIssuedBy


T = TypeVar("T", bound="V0CommandStatus")


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

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        command_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.command_args, Unset):
            command_args = self.command_args.to_dict()

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        device = self.device

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        issued_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issued_by, Unset):
            issued_by = self.issued_by.to_dict()

        reason = self.reason

        request: str | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = str(self.request)

        requeue_value = self.requeue_value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command is not UNSET:
            field_dict["command"] = command
        if command_args is not UNSET:
            field_dict["command_args"] = command_args
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if device is not UNSET:
            field_dict["device"] = device
        if id is not UNSET:
            field_dict["id"] = id
        if issued_by is not UNSET:
            field_dict["issued_by"] = issued_by
        if reason is not UNSET:
            field_dict["reason"] = reason
        if request is not UNSET:
            field_dict["request"] = request
        if requeue_value is not UNSET:
            field_dict["requeue_value"] = requeue_value
        if state is not UNSET:
            field_dict["state"] = state
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            V0CommandStatusCommandArgs,
            V0CommandStatusIssuedBy,
        ) = _nested_models()

        d = dict(src_dict)
        command = d.pop("command", UNSET)

        _command_args = d.pop("command_args", UNSET)
        command_args: V0CommandStatusCommandArgs | Unset
        if isinstance(_command_args, Unset):
            command_args = UNSET
        else:
            command_args = V0CommandStatusCommandArgs.from_dict(_command_args)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        device = d.pop("device", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _issued_by = d.pop("issued_by", UNSET)
        issued_by: V0CommandStatusIssuedBy | Unset
        if isinstance(_issued_by, Unset):
            issued_by = UNSET
        else:
            issued_by = V0CommandStatusIssuedBy.from_dict(_issued_by)

        reason = d.pop("reason", UNSET)

        _request = d.pop("request", UNSET)
        request: UUID | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = UUID(_request)

        requeue_value = d.pop("requeue_value", UNSET)

        _state = d.pop("state", UNSET)
        state: V0CommandStatusState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_v0_command_status_state(_state)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        v0_command_status = cls(
            command=command,
            command_args=command_args,
            created_on=created_on,
            device=device,
            id=id,
            issued_by=issued_by,
            reason=reason,
            request=request,
            requeue_value=requeue_value,
            state=state,
            updated_on=updated_on,
        )

        v0_command_status.additional_properties = d
        return v0_command_status

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
    type[V0CommandStatusCommandArgs],
    type[V0CommandStatusIssuedBy],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.v0_command_status_command_args import V0CommandStatusCommandArgs  # noqa: PLC0415
    from ..models.v0_command_status_issued_by import V0CommandStatusIssuedBy  # noqa: PLC0415

    return (
        V0CommandStatusCommandArgs,
        V0CommandStatusIssuedBy,
    )
