from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_activity_item_operation_state import (
    OperationActivityItemOperationState,
    check_operation_activity_item_operation_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationActivityItem")


@_attrs_define
class OperationActivityItem:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        operation_state (OperationActivityItemOperationState | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    operation_state: OperationActivityItemOperationState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        operation_state: str | Unset = UNSET
        if not isinstance(self.operation_state, Unset):
            operation_state = self.operation_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if operation_state is not UNSET:
            field_dict["operation_state"] = operation_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _operation_state = d.pop("operation_state", UNSET)
        operation_state: OperationActivityItemOperationState | Unset
        if isinstance(_operation_state, Unset):
            operation_state = UNSET
        else:
            operation_state = check_operation_activity_item_operation_state(_operation_state)

        operation_activity_item = cls(
            created_at=created_at,
            operation_state=operation_state,
        )

        operation_activity_item.additional_properties = d
        return operation_activity_item

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
