from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blueprint_info_blueprint_upgrade_status import (
    BlueprintInfoBlueprintUpgradeStatus,
    check_blueprint_info_blueprint_upgrade_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BlueprintInfo")


@_attrs_define
class BlueprintInfo:
    """
    Attributes:
        assigned_blueprint_id (str | Unset):
        blueprint_upgrade_status (BlueprintInfoBlueprintUpgradeStatus | Unset):
        current_blueprint_id (str | Unset):
        current_blueprint_version_id (str | Unset):
    """

    assigned_blueprint_id: str | Unset = UNSET
    blueprint_upgrade_status: BlueprintInfoBlueprintUpgradeStatus | Unset = UNSET
    current_blueprint_id: str | Unset = UNSET
    current_blueprint_version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_blueprint_id = self.assigned_blueprint_id

        blueprint_upgrade_status: str | Unset = UNSET
        if not isinstance(self.blueprint_upgrade_status, Unset):
            blueprint_upgrade_status = self.blueprint_upgrade_status

        current_blueprint_id = self.current_blueprint_id

        current_blueprint_version_id = self.current_blueprint_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assigned_blueprint_id is not UNSET:
            field_dict["assigned_blueprint_id"] = assigned_blueprint_id
        if blueprint_upgrade_status is not UNSET:
            field_dict["blueprint_upgrade_status"] = blueprint_upgrade_status
        if current_blueprint_id is not UNSET:
            field_dict["current_blueprint_id"] = current_blueprint_id
        if current_blueprint_version_id is not UNSET:
            field_dict["current_blueprint_version_id"] = current_blueprint_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assigned_blueprint_id = d.pop("assigned_blueprint_id", UNSET)

        _blueprint_upgrade_status = d.pop("blueprint_upgrade_status", UNSET)
        blueprint_upgrade_status: BlueprintInfoBlueprintUpgradeStatus | Unset
        if isinstance(_blueprint_upgrade_status, Unset):
            blueprint_upgrade_status = UNSET
        else:
            blueprint_upgrade_status = check_blueprint_info_blueprint_upgrade_status(_blueprint_upgrade_status)

        current_blueprint_id = d.pop("current_blueprint_id", UNSET)

        current_blueprint_version_id = d.pop("current_blueprint_version_id", UNSET)

        blueprint_info = cls(
            assigned_blueprint_id=assigned_blueprint_id,
            blueprint_upgrade_status=blueprint_upgrade_status,
            current_blueprint_id=current_blueprint_id,
            current_blueprint_version_id=current_blueprint_version_id,
        )

        blueprint_info.additional_properties = d
        return blueprint_info

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
