from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.apps_management_artifact_mutation_response_artifact_type import (
    AppsManagementArtifactMutationResponseArtifactType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apps_management_app_version_artifact_metadata import AppsManagementAppVersionArtifactMetadata


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """AppsManagementArtifactMutationResponse's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.apps_management_app_version_artifact_metadata import AppsManagementAppVersionArtifactMetadata  # noqa: PLC0415

    return (
        (
            _rt.Field(
                "artifact_type",
                "artifact_type",
                _rt.enum("AppsManagementArtifactMutationResponseArtifactType", ["UWP_CERTIFICATE", "UWP_DEPENDENCY"]),
            ),
            _rt.Field(
                "file_name",
                "file_name",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("metadata", "metadata", _rt.model(AppsManagementAppVersionArtifactMetadata)),
            _rt.Field("tenant_id", "tenant_id", _rt.UUID_),
            _rt.Field("version_id", "version_id", _rt.UUID_),
        ),
        _rt.ANY,
    )


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

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
