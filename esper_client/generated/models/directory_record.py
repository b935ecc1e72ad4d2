from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.directory_record_approval_status import (
    DirectoryRecordApprovalStatus,
)
from ..models.directory_record_online_status import DirectoryRecordOnlineStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unique_identifier import UniqueIdentifier


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """DirectoryRecord's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.unique_identifier import UniqueIdentifier  # noqa: PLC0415

    return (
        (
            _rt.Field("alias", "alias", _rt.STR),
            _rt.Field(
                "approval_status",
                "approval_status",
                _rt.enum("DirectoryRecordApprovalStatus", ["APPROVED", "BLOCKED", "REJECTED", "WAITING_FOR_APPROVAL"]),
            ),
            _rt.Field("device_id", "device_id", _rt.UUID_),
            _rt.Field("group_id", "group_id", _rt.UUID_),
            _rt.Field("id", "id", _rt.STR),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field(
                "online_status", "online_status", _rt.enum("DirectoryRecordOnlineStatus", ["NONE", "OFFLINE", "ONLINE"])
            ),
            _rt.Field("provisioned_on", "provisioned_on", _rt.DATETIME),
            _rt.Field("tags", "tags", _rt.list_of(_rt.STR)),
            _rt.Field("unique_identifiers", "unique_identifiers", _rt.list_of(_rt.model(UniqueIdentifier))),
        ),
        _rt.ANY,
    )


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
