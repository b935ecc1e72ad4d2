from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.put_role_scope_url_body_scope_names_item import (
    PutRoleScopeUrlBodyScopeNamesItem,
    check_put_role_scope_url_body_scope_names_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PutRoleScopeUrlBody")


@_attrs_define
class PutRoleScopeUrlBody:
    """
    Attributes:
        scope_ids (list[UUID] | Unset):
        scope_names (list[PutRoleScopeUrlBodyScopeNamesItem] | Unset):
    """

    scope_ids: list[UUID] | Unset = UNSET
    scope_names: list[PutRoleScopeUrlBodyScopeNamesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope_ids: list[str] | Unset = UNSET
        if not isinstance(self.scope_ids, Unset):
            scope_ids = []
            for scope_ids_item_data in self.scope_ids:
                scope_ids_item = str(scope_ids_item_data)
                scope_ids.append(scope_ids_item)

        scope_names: list[str] | Unset = UNSET
        if not isinstance(self.scope_names, Unset):
            scope_names = []
            for scope_names_item_data in self.scope_names:
                scope_names_item: str = scope_names_item_data
                scope_names.append(scope_names_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope_ids is not UNSET:
            field_dict["scope_ids"] = scope_ids
        if scope_names is not UNSET:
            field_dict["scope_names"] = scope_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _scope_ids = d.pop("scope_ids", UNSET)
        scope_ids: list[UUID] | Unset = UNSET
        if _scope_ids is not UNSET:
            scope_ids = []
            for scope_ids_item_data in _scope_ids:
                scope_ids_item = UUID(scope_ids_item_data)

                scope_ids.append(scope_ids_item)

        _scope_names = d.pop("scope_names", UNSET)
        scope_names: list[PutRoleScopeUrlBodyScopeNamesItem] | Unset = UNSET
        if _scope_names is not UNSET:
            scope_names = []
            for scope_names_item_data in _scope_names:
                scope_names_item = check_put_role_scope_url_body_scope_names_item(scope_names_item_data)

                scope_names.append(scope_names_item)

        put_role_scope_url_body = cls(
            scope_ids=scope_ids,
            scope_names=scope_names,
        )

        put_role_scope_url_body.additional_properties = d
        return put_role_scope_url_body

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
