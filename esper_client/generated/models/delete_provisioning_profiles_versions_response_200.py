from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provisioning_profile_version_with_download_response import (
        ProvisioningProfileVersionWithDownloadResponse,
    )


T = TypeVar("T", bound="DeleteProvisioningProfilesVersionsResponse200")


@_attrs_define
class DeleteProvisioningProfilesVersionsResponse200:
    """
    Attributes:
        content (ProvisioningProfileVersionWithDownloadResponse | Unset):
    """

    content: ProvisioningProfileVersionWithDownloadResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ProvisioningProfileVersionWithDownloadResponse,) = _nested_models()

        d = dict(src_dict)
        _content = d.pop("content", UNSET)
        content: ProvisioningProfileVersionWithDownloadResponse | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ProvisioningProfileVersionWithDownloadResponse.from_dict(_content)

        delete_provisioning_profiles_versions_response_200 = cls(
            content=content,
        )

        delete_provisioning_profiles_versions_response_200.additional_properties = d
        return delete_provisioning_profiles_versions_response_200

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
def _nested_models() -> tuple[type[ProvisioningProfileVersionWithDownloadResponse],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.provisioning_profile_version_with_download_response import (
        ProvisioningProfileVersionWithDownloadResponse,  # noqa: PLC0415
    )

    return (ProvisioningProfileVersionWithDownloadResponse,)
