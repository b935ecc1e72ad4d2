from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_dep_profile_create_request_show_setup_items_item import (
    TenantDEPProfileCreateRequestShowSetupItemsItem,
    check_tenant_dep_profile_create_request_show_setup_items_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantDEPProfileCreateRequest")


@_attrs_define
class TenantDEPProfileCreateRequest:
    """
    Attributes:
        auto_advance_setup (bool | Unset):  Default: True.
        show_setup_items (list[TenantDEPProfileCreateRequestShowSetupItemsItem] | Unset):
    """

    auto_advance_setup: bool | Unset = True
    show_setup_items: list[TenantDEPProfileCreateRequestShowSetupItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_advance_setup = self.auto_advance_setup

        show_setup_items: list[str] | Unset = UNSET
        if not isinstance(self.show_setup_items, Unset):
            show_setup_items = []
            for show_setup_items_item_data in self.show_setup_items:
                show_setup_items_item: str = show_setup_items_item_data
                show_setup_items.append(show_setup_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_advance_setup is not UNSET:
            field_dict["auto_advance_setup"] = auto_advance_setup
        if show_setup_items is not UNSET:
            field_dict["show_setup_items"] = show_setup_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_advance_setup = d.pop("auto_advance_setup", UNSET)

        _show_setup_items = d.pop("show_setup_items", UNSET)
        show_setup_items: list[TenantDEPProfileCreateRequestShowSetupItemsItem] | Unset = UNSET
        if _show_setup_items is not UNSET:
            show_setup_items = []
            for show_setup_items_item_data in _show_setup_items:
                show_setup_items_item = check_tenant_dep_profile_create_request_show_setup_items_item(
                    show_setup_items_item_data
                )

                show_setup_items.append(show_setup_items_item)

        tenant_dep_profile_create_request = cls(
            auto_advance_setup=auto_advance_setup,
            show_setup_items=show_setup_items,
        )

        tenant_dep_profile_create_request.additional_properties = d
        return tenant_dep_profile_create_request

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
