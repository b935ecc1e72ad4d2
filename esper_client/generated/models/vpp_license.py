from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VPPLicense")


@_attrs_define
class VPPLicense:
    """
    Attributes:
        app_id (str | Unset):
        assigned_count (int | Unset):
        available_count (int | Unset):
        pricing_param (str | Unset):
        supported_platforms (list[str] | Unset):
        total_count (int | Unset):
    """

    app_id: str | Unset = UNSET
    assigned_count: int | Unset = UNSET
    available_count: int | Unset = UNSET
    pricing_param: str | Unset = UNSET
    supported_platforms: list[str] | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        assigned_count = self.assigned_count

        available_count = self.available_count

        pricing_param = self.pricing_param

        supported_platforms: list[str] | Unset = UNSET
        if not isinstance(self.supported_platforms, Unset):
            supported_platforms = self.supported_platforms

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if assigned_count is not UNSET:
            field_dict["assigned_count"] = assigned_count
        if available_count is not UNSET:
            field_dict["available_count"] = available_count
        if pricing_param is not UNSET:
            field_dict["pricing_param"] = pricing_param
        if supported_platforms is not UNSET:
            field_dict["supported_platforms"] = supported_platforms
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)

        assigned_count = d.pop("assigned_count", UNSET)

        available_count = d.pop("available_count", UNSET)

        pricing_param = d.pop("pricing_param", UNSET)

        supported_platforms = cast(list[str], d.pop("supported_platforms", UNSET))

        total_count = d.pop("total_count", UNSET)

        vpp_license = cls(
            app_id=app_id,
            assigned_count=assigned_count,
            available_count=available_count,
            pricing_param=pricing_param,
            supported_platforms=supported_platforms,
            total_count=total_count,
        )

        vpp_license.additional_properties = d
        return vpp_license

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
