from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_tenant_apps_versions_artifacts_body_artifact_type import (
    CreateTenantAppsVersionsArtifactsBodyArtifactType,
    check_create_tenant_apps_versions_artifacts_body_artifact_type,
)
from ..types import File

T = TypeVar("T", bound="CreateTenantAppsVersionsArtifactsBody")


@_attrs_define
class CreateTenantAppsVersionsArtifactsBody:
    """
    Attributes:
        artifact_type (CreateTenantAppsVersionsArtifactsBodyArtifactType):
        file (File):
    """

    artifact_type: CreateTenantAppsVersionsArtifactsBodyArtifactType
    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artifact_type: str = self.artifact_type

        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "artifact_type": artifact_type,
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("artifact_type", (None, str(self.artifact_type).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        artifact_type = check_create_tenant_apps_versions_artifacts_body_artifact_type(d.pop("artifact_type"))

        file = File(payload=BytesIO(d.pop("file")))

        create_tenant_apps_versions_artifacts_body = cls(
            artifact_type=artifact_type,
            file=file,
        )

        create_tenant_apps_versions_artifacts_body.additional_properties = d
        return create_tenant_apps_versions_artifacts_body

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
