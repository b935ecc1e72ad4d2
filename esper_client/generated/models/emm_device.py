from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmmDevice")


@_attrs_define
class EmmDevice:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        device (UUID | Unset):
        google_device_id (str | Unset):
        google_user (int | Unset):
        id (int | Unset):
        is_active (bool | Unset):  Default: True.
        management_type (str | Unset):
        policy (int | Unset):
        updated_on (datetime.datetime | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    device: UUID | Unset = UNSET
    google_device_id: str | Unset = UNSET
    google_user: int | Unset = UNSET
    id: int | Unset = UNSET
    is_active: bool | Unset = True
    management_type: str | Unset = UNSET
    policy: int | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        device: str | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = str(self.device)

        google_device_id = self.google_device_id

        google_user = self.google_user

        id = self.id

        is_active = self.is_active

        management_type = self.management_type

        policy = self.policy

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if device is not UNSET:
            field_dict["device"] = device
        if google_device_id is not UNSET:
            field_dict["google_device_id"] = google_device_id
        if google_user is not UNSET:
            field_dict["google_user"] = google_user
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if management_type is not UNSET:
            field_dict["managementType"] = management_type
        if policy is not UNSET:
            field_dict["policy"] = policy
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _device = d.pop("device", UNSET)
        device: UUID | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = UUID(_device)

        google_device_id = d.pop("google_device_id", UNSET)

        google_user = d.pop("google_user", UNSET)

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        management_type = d.pop("managementType", UNSET)

        policy = d.pop("policy", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        emm_device = cls(
            created_on=created_on,
            device=device,
            google_device_id=google_device_id,
            google_user=google_user,
            id=id,
            is_active=is_active,
            management_type=management_type,
            policy=policy,
            updated_on=updated_on,
        )

        emm_device.additional_properties = d
        return emm_device

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
