from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provisioning_profile_upload_response_profile_type import (
    ProvisioningProfileUploadResponseProfileType,
    check_provisioning_profile_upload_response_profile_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisioningProfileWithDownloadResponse")


@_attrs_define
class ProvisioningProfileWithDownloadResponse:
    """
    Attributes:
        app_identifier (str | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        expiration_date (datetime.datetime | Unset):
        id (UUID | Unset):
        name (str | Unset):
        profile_type (ProvisioningProfileUploadResponseProfileType | Unset):
        team_identifier (str | Unset):
        tenant_id (UUID | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        version_id (UUID | Unset):
        download_url (str | Unset):
    """

    app_identifier: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    profile_type: ProvisioningProfileUploadResponseProfileType | Unset = UNSET
    team_identifier: str | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    version_id: UUID | Unset = UNSET
    download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_identifier = self.app_identifier

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        profile_type: str | Unset = UNSET
        if not isinstance(self.profile_type, Unset):
            profile_type = self.profile_type

        team_identifier = self.team_identifier

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        version_id: str | Unset = UNSET
        if not isinstance(self.version_id, Unset):
            version_id = str(self.version_id)

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_identifier is not UNSET:
            field_dict["app_identifier"] = app_identifier
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if profile_type is not UNSET:
            field_dict["profile_type"] = profile_type
        if team_identifier is not UNSET:
            field_dict["team_identifier"] = team_identifier
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if download_url is not UNSET:
            field_dict["download_url"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_identifier = d.pop("app_identifier", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.datetime.fromisoformat(_expiration_date)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        _profile_type = d.pop("profile_type", UNSET)
        profile_type: ProvisioningProfileUploadResponseProfileType | Unset
        if isinstance(_profile_type, Unset):
            profile_type = UNSET
        else:
            profile_type = check_provisioning_profile_upload_response_profile_type(_profile_type)

        team_identifier = d.pop("team_identifier", UNSET)

        _tenant_id = d.pop("tenant_id", UNSET)
        tenant_id: UUID | Unset
        if isinstance(_tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        _version_id = d.pop("version_id", UNSET)
        version_id: UUID | Unset
        if isinstance(_version_id, Unset):
            version_id = UNSET
        else:
            version_id = UUID(_version_id)

        download_url = d.pop("download_url", UNSET)

        provisioning_profile_with_download_response = cls(
            app_identifier=app_identifier,
            created_at=created_at,
            created_by=created_by,
            expiration_date=expiration_date,
            id=id,
            name=name,
            profile_type=profile_type,
            team_identifier=team_identifier,
            tenant_id=tenant_id,
            updated_at=updated_at,
            updated_by=updated_by,
            version_id=version_id,
            download_url=download_url,
        )

        provisioning_profile_with_download_response.additional_properties = d
        return provisioning_profile_with_download_response

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
