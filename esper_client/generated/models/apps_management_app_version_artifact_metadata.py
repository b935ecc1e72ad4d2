from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsManagementAppVersionArtifactMetadata")


@_attrs_define
class AppsManagementAppVersionArtifactMetadata:
    """
    Attributes:
        architecture (None | str | Unset):
        cert_thumbprint (None | str | Unset):
        min_version (None | str | Unset):
        package_dependency_name (None | str | Unset):
        package_family_name (None | str | Unset):
        version_name (None | str | Unset):
    """

    architecture: None | str | Unset = UNSET
    cert_thumbprint: None | str | Unset = UNSET
    min_version: None | str | Unset = UNSET
    package_dependency_name: None | str | Unset = UNSET
    package_family_name: None | str | Unset = UNSET
    version_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        architecture: None | str | Unset
        if isinstance(self.architecture, Unset):
            architecture = UNSET
        else:
            architecture = self.architecture

        cert_thumbprint: None | str | Unset
        if isinstance(self.cert_thumbprint, Unset):
            cert_thumbprint = UNSET
        else:
            cert_thumbprint = self.cert_thumbprint

        min_version: None | str | Unset
        if isinstance(self.min_version, Unset):
            min_version = UNSET
        else:
            min_version = self.min_version

        package_dependency_name: None | str | Unset
        if isinstance(self.package_dependency_name, Unset):
            package_dependency_name = UNSET
        else:
            package_dependency_name = self.package_dependency_name

        package_family_name: None | str | Unset
        if isinstance(self.package_family_name, Unset):
            package_family_name = UNSET
        else:
            package_family_name = self.package_family_name

        version_name: None | str | Unset
        if isinstance(self.version_name, Unset):
            version_name = UNSET
        else:
            version_name = self.version_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if cert_thumbprint is not UNSET:
            field_dict["cert_thumbprint"] = cert_thumbprint
        if min_version is not UNSET:
            field_dict["min_version"] = min_version
        if package_dependency_name is not UNSET:
            field_dict["package_dependency_name"] = package_dependency_name
        if package_family_name is not UNSET:
            field_dict["package_family_name"] = package_family_name
        if version_name is not UNSET:
            field_dict["version_name"] = version_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_architecture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        architecture = _parse_architecture(d.pop("architecture", UNSET))

        def _parse_cert_thumbprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cert_thumbprint = _parse_cert_thumbprint(d.pop("cert_thumbprint", UNSET))

        def _parse_min_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_version = _parse_min_version(d.pop("min_version", UNSET))

        def _parse_package_dependency_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package_dependency_name = _parse_package_dependency_name(d.pop("package_dependency_name", UNSET))

        def _parse_package_family_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package_family_name = _parse_package_family_name(d.pop("package_family_name", UNSET))

        def _parse_version_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_name = _parse_version_name(d.pop("version_name", UNSET))

        apps_management_app_version_artifact_metadata = cls(
            architecture=architecture,
            cert_thumbprint=cert_thumbprint,
            min_version=min_version,
            package_dependency_name=package_dependency_name,
            package_family_name=package_family_name,
            version_name=version_name,
        )

        apps_management_app_version_artifact_metadata.additional_properties = d
        return apps_management_app_version_artifact_metadata

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
