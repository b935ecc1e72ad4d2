from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationsPOSTArguments")


@_attrs_define
class OperationsPOSTArguments:
    """
    Attributes:
        converge_with_provision (bool | Unset):
        geofence_ids (list[UUID] | Unset):
        sample_key (str | Unset):
    """

    converge_with_provision: bool | Unset = UNSET
    geofence_ids: list[UUID] | Unset = UNSET
    sample_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        converge_with_provision = self.converge_with_provision

        geofence_ids: list[str] | Unset = UNSET
        if not isinstance(self.geofence_ids, Unset):
            geofence_ids = []
            for geofence_ids_item_data in self.geofence_ids:
                geofence_ids_item = str(geofence_ids_item_data)
                geofence_ids.append(geofence_ids_item)

        sample_key = self.sample_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if converge_with_provision is not UNSET:
            field_dict["converge_with_provision"] = converge_with_provision
        if geofence_ids is not UNSET:
            field_dict["geofence_ids"] = geofence_ids
        if sample_key is not UNSET:
            field_dict["sample_key"] = sample_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        converge_with_provision = d.pop("converge_with_provision", UNSET)

        _geofence_ids = d.pop("geofence_ids", UNSET)
        geofence_ids: list[UUID] | Unset = UNSET
        if _geofence_ids is not UNSET:
            geofence_ids = []
            for geofence_ids_item_data in _geofence_ids:
                geofence_ids_item = UUID(geofence_ids_item_data)

                geofence_ids.append(geofence_ids_item)

        sample_key = d.pop("sample_key", UNSET)

        operations_post_arguments = cls(
            converge_with_provision=converge_with_provision,
            geofence_ids=geofence_ids,
            sample_key=sample_key,
        )

        operations_post_arguments.additional_properties = d
        return operations_post_arguments

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
