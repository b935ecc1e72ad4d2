from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v0_command_status_1_state import V0CommandStatus1State, check_v0_command_status_1_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0_command_status_1_meta import V0CommandStatus1Meta


T = TypeVar("T", bound="V0CommandStatus1")


@_attrs_define
class V0CommandStatus1:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        device (str | Unset):
        id (UUID | Unset):
        meta (V0CommandStatus1Meta | Unset):
        reason (str | Unset):
        request (UUID | Unset):
        state (V0CommandStatus1State | Unset):
        updated_on (datetime.datetime | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    device: str | Unset = UNSET
    id: UUID | Unset = UNSET
    meta: V0CommandStatus1Meta | Unset = UNSET
    reason: str | Unset = UNSET
    request: UUID | Unset = UNSET
    state: V0CommandStatus1State | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        device = self.device

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        reason = self.reason

        request: str | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = str(self.request)

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if device is not UNSET:
            field_dict["device"] = device
        if id is not UNSET:
            field_dict["id"] = id
        if meta is not UNSET:
            field_dict["meta"] = meta
        if reason is not UNSET:
            field_dict["reason"] = reason
        if request is not UNSET:
            field_dict["request"] = request
        if state is not UNSET:
            field_dict["state"] = state
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (V0CommandStatus1Meta,) = _nested_models()

        d = dict(src_dict)
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

        _meta = d.pop("meta", UNSET)
        meta: V0CommandStatus1Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = V0CommandStatus1Meta.from_dict(_meta)

        reason = d.pop("reason", UNSET)

        _request = d.pop("request", UNSET)
        request: UUID | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = UUID(_request)

        _state = d.pop("state", UNSET)
        state: V0CommandStatus1State | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_v0_command_status_1_state(_state)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        v0_command_status_1 = cls(
            created_on=created_on,
            device=device,
            id=id,
            meta=meta,
            reason=reason,
            request=request,
            state=state,
            updated_on=updated_on,
        )

        v0_command_status_1.additional_properties = d
        return v0_command_status_1

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
def _nested_models() -> tuple[type[V0CommandStatus1Meta],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.v0_command_status_1_meta import V0CommandStatus1Meta  # noqa: PLC0415

    return (V0CommandStatus1Meta,)
