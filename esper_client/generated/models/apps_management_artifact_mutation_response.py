from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apps_management_artifact_mutation_response_artifact_type import (
    AppsManagementArtifactMutationResponseArtifactType,
    check_apps_management_artifact_mutation_response_artifact_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apps_management_app_version_artifact_metadata import AppsManagementAppVersionArtifactMetadata


T = TypeVar("T", bound="AppsManagementArtifactMutationResponse")


@_attrs_define
class AppsManagementArtifactMutationResponse:
    """
    Attributes:
        artifact_type (AppsManagementArtifactMutationResponseArtifactType | Unset):
        file_name (None | str | Unset):
        id (UUID | Unset):
        metadata (AppsManagementAppVersionArtifactMetadata | Unset):
        tenant_id (UUID | Unset):
        version_id (UUID | Unset):
    """

    artifact_type: AppsManagementArtifactMutationResponseArtifactType | Unset = UNSET
    file_name: None | str | Unset = UNSET
    id: UUID | Unset = UNSET
    metadata: AppsManagementAppVersionArtifactMetadata | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    version_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artifact_type: str | Unset = UNSET
        if not isinstance(self.artifact_type, Unset):
            artifact_type = self.artifact_type

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        version_id: str | Unset = UNSET
        if not isinstance(self.version_id, Unset):
            version_id = str(self.version_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if artifact_type is not UNSET:
            field_dict["artifact_type"] = artifact_type
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AppsManagementAppVersionArtifactMetadata,) = _nested_models()

        d = dict(src_dict)
        _artifact_type = d.pop("artifact_type", UNSET)
        artifact_type: AppsManagementArtifactMutationResponseArtifactType | Unset
        if isinstance(_artifact_type, Unset):
            artifact_type = UNSET
        else:
            artifact_type = check_apps_management_artifact_mutation_response_artifact_type(_artifact_type)

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("file_name", UNSET))

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _metadata = d.pop("metadata", UNSET)
        metadata: AppsManagementAppVersionArtifactMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AppsManagementAppVersionArtifactMetadata.from_dict(_metadata)

        _tenant_id = d.pop("tenant_id", UNSET)
        tenant_id: UUID | Unset
        if isinstance(_tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        _version_id = d.pop("version_id", UNSET)
        version_id: UUID | Unset
        if isinstance(_version_id, Unset):
            version_id = UNSET
        else:
            version_id = UUID(_version_id)

        apps_management_artifact_mutation_response = cls(
            artifact_type=artifact_type,
            file_name=file_name,
            id=id,
            metadata=metadata,
            tenant_id=tenant_id,
            version_id=version_id,
        )

        apps_management_artifact_mutation_response.additional_properties = d
        return apps_management_artifact_mutation_response

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
def _nested_models() -> tuple[type[AppsManagementAppVersionArtifactMetadata],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.apps_management_app_version_artifact_metadata import AppsManagementAppVersionArtifactMetadata  # noqa: PLC0415

    return (AppsManagementAppVersionArtifactMetadata,)
