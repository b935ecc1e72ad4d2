from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_section_preload_apps_item_state import (
    ApplicationSectionPreloadAppsItemState,
    check_application_section_preload_apps_item_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationSectionPreloadAppsItem")


@_attrs_define
class ApplicationSectionPreloadAppsItem:
    """
    Attributes:
        package_name (str | Unset):
        state (ApplicationSectionPreloadAppsItemState | Unset):
    """

    package_name: str | Unset = UNSET
    state: ApplicationSectionPreloadAppsItemState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_name = self.package_name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_name = d.pop("package_name", UNSET)

        _state = d.pop("state", UNSET)
        state: ApplicationSectionPreloadAppsItemState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_application_section_preload_apps_item_state(_state)

        application_section_preload_apps_item = cls(
            package_name=package_name,
            state=state,
        )

        application_section_preload_apps_item.additional_properties = d
        return application_section_preload_apps_item

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
