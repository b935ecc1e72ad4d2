from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_request_stats_status_item_state import (
    CommandRequestStatsStatusItemState,
    check_command_request_stats_status_item_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandRequestStatsStatusItem")


@_attrs_define
class CommandRequestStatsStatusItem:
    """
    Attributes:
        state (CommandRequestStatsStatusItemState | Unset):
        total (float | Unset):
    """

    state: CommandRequestStatsStatusItemState | Unset = UNSET
    total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _state = d.pop("state", UNSET)
        state: CommandRequestStatsStatusItemState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_command_request_stats_status_item_state(_state)

        total = d.pop("total", UNSET)

        command_request_stats_status_item = cls(
            state=state,
            total=total,
        )

        command_request_stats_status_item.additional_properties = d
        return command_request_stats_status_item

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
