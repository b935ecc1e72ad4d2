from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_request_stats_status_item import CommandRequestStatsStatusItem


T = TypeVar("T", bound="CommandRequestStats")


@_attrs_define
class CommandRequestStats:
    """
    Attributes:
        id (str | Unset):
        status (list[CommandRequestStatsStatusItem] | Unset):
    """

    id: str | Unset = UNSET
    status: list[CommandRequestStatsStatusItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.to_dict()
                status.append(status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (CommandRequestStatsStatusItem,) = _nested_models()

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: list[CommandRequestStatsStatusItem] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = CommandRequestStatsStatusItem.from_dict(status_item_data)

                status.append(status_item)

        command_request_stats = cls(
            id=id,
            status=status,
        )

        command_request_stats.additional_properties = d
        return command_request_stats

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
def _nested_models() -> tuple[type[CommandRequestStatsStatusItem],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.command_request_stats_status_item import CommandRequestStatsStatusItem  # noqa: PLC0415

    return (CommandRequestStatsStatusItem,)
