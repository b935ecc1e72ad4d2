from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_status_put_state import CommandStatusPUTState, check_command_status_put_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandStatusPUT")


@_attrs_define
class CommandStatusPUT:
    """
    Attributes:
        reason (str | Unset):
        state (CommandStatusPUTState | Unset):
    """

    reason: str | Unset = UNSET
    state: CommandStatusPUTState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        _state = d.pop("state", UNSET)
        state: CommandStatusPUTState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_command_status_put_state(_state)

        command_status_put = cls(
            reason=reason,
            state=state,
        )

        command_status_put.additional_properties = d
        return command_status_put

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
