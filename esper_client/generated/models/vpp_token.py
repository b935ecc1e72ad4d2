from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vpp_token_meta import VPPTokenMeta


T = TypeVar("T", bound="VPPToken")


@_attrs_define
class VPPToken:
    """
    Attributes:
        created_by (str):
        tenant_id (str):
        updated_by (str):
        created_at (datetime.datetime | Unset):
        id (UUID | Unset):
        key (str | Unset):
        meta (VPPTokenMeta | Unset):
        updated_at (datetime.datetime | Unset):
    """

    created_by: str
    tenant_id: str
    updated_by: str
    created_at: datetime.datetime | Unset = UNSET
    id: UUID | Unset = UNSET
    key: str | Unset = UNSET
    meta: VPPTokenMeta | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_by = self.created_by

        tenant_id = self.tenant_id

        updated_by = self.updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        key = self.key

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_by": created_by,
                "tenant_id": tenant_id,
                "updated_by": updated_by,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if meta is not UNSET:
            field_dict["meta"] = meta
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (VPPTokenMeta,) = _nested_models()

        d = dict(src_dict)
        created_by = d.pop("created_by")

        tenant_id = d.pop("tenant_id")

        updated_by = d.pop("updated_by")

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

        key = d.pop("key", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: VPPTokenMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = VPPTokenMeta.from_dict(_meta)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        vpp_token = cls(
            created_by=created_by,
            tenant_id=tenant_id,
            updated_by=updated_by,
            created_at=created_at,
            id=id,
            key=key,
            meta=meta,
            updated_at=updated_at,
        )

        vpp_token.additional_properties = d
        return vpp_token

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
def _nested_models() -> tuple[type[VPPTokenMeta],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.vpp_token_meta import VPPTokenMeta  # noqa: PLC0415

    return (VPPTokenMeta,)
