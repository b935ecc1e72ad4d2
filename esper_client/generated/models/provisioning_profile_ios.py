from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProvisioningProfileIos")


@_attrs_define
class ProvisioningProfileIos:
    """
    Attributes:
        profile_id (UUID):
        profile_version_id (UUID):
    """

    profile_id: UUID
    profile_version_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_id = str(self.profile_id)

        profile_version_id = str(self.profile_version_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile_id": profile_id,
                "profile_version_id": profile_version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profile_id = UUID(d.pop("profile_id"))

        profile_version_id = UUID(d.pop("profile_version_id"))

        provisioning_profile_ios = cls(
            profile_id=profile_id,
            profile_version_id=profile_version_id,
        )

        provisioning_profile_ios.additional_properties = d
        return provisioning_profile_ios

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
