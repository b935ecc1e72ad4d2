from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.apps_management_oem_config_schema_oem_type import (
    AppsManagementOEMConfigSchemaOemType,
)
from ..models.apps_management_oem_config_schema_status import (
    AppsManagementOEMConfigSchemaStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apps_management_oem_config_schema_schema_json import AppsManagementOEMConfigSchemaSchemaJson
    from ..models.apps_management_oem_config_schema_schema_metadata import AppsManagementOEMConfigSchemaSchemaMetadata


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """AppsManagementOEMConfigSchema's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.apps_management_oem_config_schema_schema_json import AppsManagementOEMConfigSchemaSchemaJson  # noqa: PLC0415
    from ..models.apps_management_oem_config_schema_schema_metadata import AppsManagementOEMConfigSchemaSchemaMetadata  # noqa: PLC0415

    return (
        (
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("is_latest", "is_latest", _rt.BOOL),
            _rt.Field(
                "oem_type",
                "oem_type",
                _rt.enum(
                    "AppsManagementOEMConfigSchemaOemType", ["DATALOGIC", "HONEYWELL", "SAMSUNG", "SUNMI", "ZEBRA"]
                ),
            ),
            _rt.Field("package_name", "package_name", _rt.STR),
            _rt.Field("parser_version", "parser_version", _rt.STR),
            _rt.Field("schema_format", "schema_format", _rt.STR),
            _rt.Field("schema_json", "schema_json", _rt.model(AppsManagementOEMConfigSchemaSchemaJson)),
            _rt.Field("schema_metadata", "schema_metadata", _rt.model(AppsManagementOEMConfigSchemaSchemaMetadata)),
            _rt.Field("status", "status", _rt.enum("AppsManagementOEMConfigSchemaStatus", ["ACTIVE", "INACTIVE"])),
            _rt.Field("version_code", "version_code", _rt.STR),
            _rt.Field("version_name", "version_name", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class AppsManagementOEMConfigSchema:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        id (UUID | Unset):
        is_latest (bool | Unset):
        oem_type (AppsManagementOEMConfigSchemaOemType | Unset):
        package_name (str | Unset):
        parser_version (str | Unset):
        schema_format (str | Unset):
        schema_json (AppsManagementOEMConfigSchemaSchemaJson | Unset):
        schema_metadata (AppsManagementOEMConfigSchemaSchemaMetadata | Unset):
        status (AppsManagementOEMConfigSchemaStatus | Unset):
        version_code (str | Unset):
        version_name (str | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    id: UUID | Unset = UNSET
    is_latest: bool | Unset = UNSET
    oem_type: AppsManagementOEMConfigSchemaOemType | Unset = UNSET
    package_name: str | Unset = UNSET
    parser_version: str | Unset = UNSET
    schema_format: str | Unset = UNSET
    schema_json: AppsManagementOEMConfigSchemaSchemaJson | Unset = UNSET
    schema_metadata: AppsManagementOEMConfigSchemaSchemaMetadata | Unset = UNSET
    status: AppsManagementOEMConfigSchemaStatus | Unset = UNSET
    version_code: str | Unset = UNSET
    version_name: str | Unset = UNSET
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
