from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apns_cert_info_state import APNSCertInfoState, check_apns_cert_info_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apns_cert_info_meta import APNSCertInfoMeta


T = TypeVar("T", bound="APNSCertInfo")


@_attrs_define
class APNSCertInfo:
    """
    Attributes:
        apple_id (str | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        id (str | Unset):
        meta (APNSCertInfoMeta | Unset):
        state (APNSCertInfoState | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    apple_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    id: str | Unset = UNSET
    meta: APNSCertInfoMeta | Unset = UNSET
    state: APNSCertInfoState | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apple_id = self.apple_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        id = self.id

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apple_id is not UNSET:
            field_dict["apple_id"] = apple_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if id is not UNSET:
            field_dict["id"] = id
        if meta is not UNSET:
            field_dict["meta"] = meta
        if state is not UNSET:
            field_dict["state"] = state
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (APNSCertInfoMeta,) = _nested_models()

        d = dict(src_dict)
        apple_id = d.pop("apple_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        id = d.pop("id", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: APNSCertInfoMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = APNSCertInfoMeta.from_dict(_meta)

        _state = d.pop("state", UNSET)
        state: APNSCertInfoState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_apns_cert_info_state(_state)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        apns_cert_info = cls(
            apple_id=apple_id,
            created_at=created_at,
            created_by=created_by,
            id=id,
            meta=meta,
            state=state,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        apns_cert_info.additional_properties = d
        return apns_cert_info

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
def _nested_models() -> tuple[type[APNSCertInfoMeta],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.apns_cert_info_meta import APNSCertInfoMeta  # noqa: PLC0415

    return (APNSCertInfoMeta,)
