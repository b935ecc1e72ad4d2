from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apps_management_oem_config_schema_oem_type import (
    AppsManagementOEMConfigSchemaOemType,
    check_apps_management_oem_config_schema_oem_type,
)
from ..models.apps_management_oem_config_schema_status import (
    AppsManagementOEMConfigSchemaStatus,
    check_apps_management_oem_config_schema_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apps_management_oem_config_schema_schema_json import AppsManagementOEMConfigSchemaSchemaJson
    from ..models.apps_management_oem_config_schema_schema_metadata import AppsManagementOEMConfigSchemaSchemaMetadata


T = TypeVar("T", bound="AppsManagementOEMConfigSchema")


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

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_latest = self.is_latest

        oem_type: str | Unset = UNSET
        if not isinstance(self.oem_type, Unset):
            oem_type = self.oem_type

        package_name = self.package_name

        parser_version = self.parser_version

        schema_format = self.schema_format

        schema_json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema_json, Unset):
            schema_json = self.schema_json.to_dict()

        schema_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema_metadata, Unset):
            schema_metadata = self.schema_metadata.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        version_code = self.version_code

        version_name = self.version_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if is_latest is not UNSET:
            field_dict["is_latest"] = is_latest
        if oem_type is not UNSET:
            field_dict["oem_type"] = oem_type
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if parser_version is not UNSET:
            field_dict["parser_version"] = parser_version
        if schema_format is not UNSET:
            field_dict["schema_format"] = schema_format
        if schema_json is not UNSET:
            field_dict["schema_json"] = schema_json
        if schema_metadata is not UNSET:
            field_dict["schema_metadata"] = schema_metadata
        if status is not UNSET:
            field_dict["status"] = status
        if version_code is not UNSET:
            field_dict["version_code"] = version_code
        if version_name is not UNSET:
            field_dict["version_name"] = version_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            AppsManagementOEMConfigSchemaSchemaJson,
            AppsManagementOEMConfigSchemaSchemaMetadata,
        ) = _nested_models()

        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_latest = d.pop("is_latest", UNSET)

        _oem_type = d.pop("oem_type", UNSET)
        oem_type: AppsManagementOEMConfigSchemaOemType | Unset
        if isinstance(_oem_type, Unset):
            oem_type = UNSET
        else:
            oem_type = check_apps_management_oem_config_schema_oem_type(_oem_type)

        package_name = d.pop("package_name", UNSET)

        parser_version = d.pop("parser_version", UNSET)

        schema_format = d.pop("schema_format", UNSET)

        _schema_json = d.pop("schema_json", UNSET)
        schema_json: AppsManagementOEMConfigSchemaSchemaJson | Unset
        if isinstance(_schema_json, Unset):
            schema_json = UNSET
        else:
            schema_json = AppsManagementOEMConfigSchemaSchemaJson.from_dict(_schema_json)

        _schema_metadata = d.pop("schema_metadata", UNSET)
        schema_metadata: AppsManagementOEMConfigSchemaSchemaMetadata | Unset
        if isinstance(_schema_metadata, Unset):
            schema_metadata = UNSET
        else:
            schema_metadata = AppsManagementOEMConfigSchemaSchemaMetadata.from_dict(_schema_metadata)

        _status = d.pop("status", UNSET)
        status: AppsManagementOEMConfigSchemaStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_apps_management_oem_config_schema_status(_status)

        version_code = d.pop("version_code", UNSET)

        version_name = d.pop("version_name", UNSET)

        apps_management_oem_config_schema = cls(
            created_at=created_at,
            id=id,
            is_latest=is_latest,
            oem_type=oem_type,
            package_name=package_name,
            parser_version=parser_version,
            schema_format=schema_format,
            schema_json=schema_json,
            schema_metadata=schema_metadata,
            status=status,
            version_code=version_code,
            version_name=version_name,
        )

        apps_management_oem_config_schema.additional_properties = d
        return apps_management_oem_config_schema

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
def _nested_models() -> tuple[
    type[AppsManagementOEMConfigSchemaSchemaJson],
    type[AppsManagementOEMConfigSchemaSchemaMetadata],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.apps_management_oem_config_schema_schema_json import AppsManagementOEMConfigSchemaSchemaJson  # noqa: PLC0415
    from ..models.apps_management_oem_config_schema_schema_metadata import AppsManagementOEMConfigSchemaSchemaMetadata  # noqa: PLC0415

    return (
        AppsManagementOEMConfigSchemaSchemaJson,
        AppsManagementOEMConfigSchemaSchemaMetadata,
    )
