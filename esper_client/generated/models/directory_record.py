from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.directory_record_approval_status import (
    DirectoryRecordApprovalStatus,
    check_directory_record_approval_status,
)
from ..models.directory_record_online_status import DirectoryRecordOnlineStatus, check_directory_record_online_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unique_identifier import UniqueIdentifier


T = TypeVar("T", bound="DirectoryRecord")


@_attrs_define
class DirectoryRecord:
    """
    Attributes:
        alias (str | Unset):
        approval_status (DirectoryRecordApprovalStatus | Unset):
        device_id (UUID | Unset):
        group_id (UUID | Unset):
        id (str | Unset):
        name (str | Unset):
        online_status (DirectoryRecordOnlineStatus | Unset):
        provisioned_on (datetime.datetime | Unset):
        tags (list[str] | Unset):
        unique_identifiers (list[UniqueIdentifier] | Unset):
    """

    alias: str | Unset = UNSET
    approval_status: DirectoryRecordApprovalStatus | Unset = UNSET
    device_id: UUID | Unset = UNSET
    group_id: UUID | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    online_status: DirectoryRecordOnlineStatus | Unset = UNSET
    provisioned_on: datetime.datetime | Unset = UNSET
    tags: list[str] | Unset = UNSET
    unique_identifiers: list[UniqueIdentifier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status

        device_id: str | Unset = UNSET
        if not isinstance(self.device_id, Unset):
            device_id = str(self.device_id)

        group_id: str | Unset = UNSET
        if not isinstance(self.group_id, Unset):
            group_id = str(self.group_id)

        id = self.id

        name = self.name

        online_status: str | Unset = UNSET
        if not isinstance(self.online_status, Unset):
            online_status = self.online_status

        provisioned_on: str | Unset = UNSET
        if not isinstance(self.provisioned_on, Unset):
            provisioned_on = self.provisioned_on.isoformat()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        unique_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unique_identifiers, Unset):
            unique_identifiers = []
            for unique_identifiers_item_data in self.unique_identifiers:
                unique_identifiers_item = unique_identifiers_item_data.to_dict()
                unique_identifiers.append(unique_identifiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if online_status is not UNSET:
            field_dict["online_status"] = online_status
        if provisioned_on is not UNSET:
            field_dict["provisioned_on"] = provisioned_on
        if tags is not UNSET:
            field_dict["tags"] = tags
        if unique_identifiers is not UNSET:
            field_dict["unique_identifiers"] = unique_identifiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (UniqueIdentifier,) = _nested_models()

        d = dict(src_dict)
        alias = d.pop("alias", UNSET)

        _approval_status = d.pop("approval_status", UNSET)
        approval_status: DirectoryRecordApprovalStatus | Unset
        if isinstance(_approval_status, Unset):
            approval_status = UNSET
        else:
            approval_status = check_directory_record_approval_status(_approval_status)

        _device_id = d.pop("device_id", UNSET)
        device_id: UUID | Unset
        if isinstance(_device_id, Unset):
            device_id = UNSET
        else:
            device_id = UUID(_device_id)

        _group_id = d.pop("group_id", UNSET)
        group_id: UUID | Unset
        if isinstance(_group_id, Unset):
            group_id = UNSET
        else:
            group_id = UUID(_group_id)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _online_status = d.pop("online_status", UNSET)
        online_status: DirectoryRecordOnlineStatus | Unset
        if isinstance(_online_status, Unset):
            online_status = UNSET
        else:
            online_status = check_directory_record_online_status(_online_status)

        _provisioned_on = d.pop("provisioned_on", UNSET)
        provisioned_on: datetime.datetime | Unset
        if isinstance(_provisioned_on, Unset):
            provisioned_on = UNSET
        else:
            provisioned_on = datetime.datetime.fromisoformat(_provisioned_on)

        tags = cast(list[str], d.pop("tags", UNSET))

        _unique_identifiers = d.pop("unique_identifiers", UNSET)
        unique_identifiers: list[UniqueIdentifier] | Unset = UNSET
        if _unique_identifiers is not UNSET:
            unique_identifiers = []
            for unique_identifiers_item_data in _unique_identifiers:
                unique_identifiers_item = UniqueIdentifier.from_dict(unique_identifiers_item_data)

                unique_identifiers.append(unique_identifiers_item)

        directory_record = cls(
            alias=alias,
            approval_status=approval_status,
            device_id=device_id,
            group_id=group_id,
            id=id,
            name=name,
            online_status=online_status,
            provisioned_on=provisioned_on,
            tags=tags,
            unique_identifiers=unique_identifiers,
        )

        directory_record.additional_properties = d
        return directory_record

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
def _nested_models() -> tuple[type[UniqueIdentifier],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.unique_identifier import UniqueIdentifier  # noqa: PLC0415

    return (UniqueIdentifier,)
