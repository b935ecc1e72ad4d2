from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisioningProfileVersionWithDownloadResponse")


@_attrs_define
class ProvisioningProfileVersionWithDownloadResponse:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        creation_date (datetime.datetime | Unset):
        developer_certificates (str | Unset):
        download_url (str | Unset):
        entitlements (str | Unset):
        expiration_date (datetime.datetime | Unset):
        id (UUID | Unset):
        is_xcode_managed (bool | Unset):
        name (str | Unset):
        platforms (str | Unset):
        profile_id (UUID | Unset):
        provisions_all_devices (bool | Unset):
        sha256_hash (str | Unset):
        tenant_id (UUID | Unset):
        time_to_live (int | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        uuid (str | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    developer_certificates: str | Unset = UNSET
    download_url: str | Unset = UNSET
    entitlements: str | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    id: UUID | Unset = UNSET
    is_xcode_managed: bool | Unset = UNSET
    name: str | Unset = UNSET
    platforms: str | Unset = UNSET
    profile_id: UUID | Unset = UNSET
    provisions_all_devices: bool | Unset = UNSET
    sha256_hash: str | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    time_to_live: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        developer_certificates = self.developer_certificates

        download_url = self.download_url

        entitlements = self.entitlements

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_xcode_managed = self.is_xcode_managed

        name = self.name

        platforms = self.platforms

        profile_id: str | Unset = UNSET
        if not isinstance(self.profile_id, Unset):
            profile_id = str(self.profile_id)

        provisions_all_devices = self.provisions_all_devices

        sha256_hash = self.sha256_hash

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        time_to_live = self.time_to_live

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if developer_certificates is not UNSET:
            field_dict["developer_certificates"] = developer_certificates
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if id is not UNSET:
            field_dict["id"] = id
        if is_xcode_managed is not UNSET:
            field_dict["is_xcode_managed"] = is_xcode_managed
        if name is not UNSET:
            field_dict["name"] = name
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if profile_id is not UNSET:
            field_dict["profile_id"] = profile_id
        if provisions_all_devices is not UNSET:
            field_dict["provisions_all_devices"] = provisions_all_devices
        if sha256_hash is not UNSET:
            field_dict["sha256_hash"] = sha256_hash
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if time_to_live is not UNSET:
            field_dict["time_to_live"] = time_to_live
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        _creation_date = d.pop("creation_date", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        developer_certificates = d.pop("developer_certificates", UNSET)

        download_url = d.pop("download_url", UNSET)

        entitlements = d.pop("entitlements", UNSET)

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

        is_xcode_managed = d.pop("is_xcode_managed", UNSET)

        name = d.pop("name", UNSET)

        platforms = d.pop("platforms", UNSET)

        _profile_id = d.pop("profile_id", UNSET)
        profile_id: UUID | Unset
        if isinstance(_profile_id, Unset):
            profile_id = UNSET
        else:
            profile_id = UUID(_profile_id)

        provisions_all_devices = d.pop("provisions_all_devices", UNSET)

        sha256_hash = d.pop("sha256_hash", UNSET)

        _tenant_id = d.pop("tenant_id", UNSET)
        tenant_id: UUID | Unset
        if isinstance(_tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        time_to_live = d.pop("time_to_live", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        uuid = d.pop("uuid", UNSET)

        provisioning_profile_version_with_download_response = cls(
            created_at=created_at,
            created_by=created_by,
            creation_date=creation_date,
            developer_certificates=developer_certificates,
            download_url=download_url,
            entitlements=entitlements,
            expiration_date=expiration_date,
            id=id,
            is_xcode_managed=is_xcode_managed,
            name=name,
            platforms=platforms,
            profile_id=profile_id,
            provisions_all_devices=provisions_all_devices,
            sha256_hash=sha256_hash,
            tenant_id=tenant_id,
            time_to_live=time_to_live,
            updated_at=updated_at,
            updated_by=updated_by,
            uuid=uuid,
        )

        provisioning_profile_version_with_download_response.additional_properties = d
        return provisioning_profile_version_with_download_response

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
