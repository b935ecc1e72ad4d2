from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seamless_request_platform import SeamlessRequestPlatform, check_seamless_request_platform
from ..models.seamless_request_status import SeamlessRequestStatus, check_seamless_request_status
from ..models.seamless_request_unique_id_type import SeamlessRequestUniqueIdType, check_seamless_request_unique_id_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seamless_request_meta_type_0 import SeamlessRequestMetaType0


T = TypeVar("T", bound="SeamlessRequest")


@_attrs_define
class SeamlessRequest:
    """
    Attributes:
        assigned_blueprint_id (UUID):
        id (UUID):
        meta (None | SeamlessRequestMetaType0):
        platform (SeamlessRequestPlatform):
        status (SeamlessRequestStatus):
        tenant_id (str):
        unique_id_type (SeamlessRequestUniqueIdType):
        unique_ids (str):
        alias (str | Unset):
        group_id (UUID | Unset):
        tags (list[str] | Unset):
    """

    assigned_blueprint_id: UUID
    id: UUID
    meta: None | SeamlessRequestMetaType0
    platform: SeamlessRequestPlatform
    status: SeamlessRequestStatus
    tenant_id: str
    unique_id_type: SeamlessRequestUniqueIdType
    unique_ids: str
    alias: str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (SeamlessRequestMetaType0,) = _nested_models()

        assigned_blueprint_id = str(self.assigned_blueprint_id)

        id = str(self.id)

        meta: dict[str, Any] | None
        if isinstance(self.meta, SeamlessRequestMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        platform: str = self.platform

        status: str = self.status

        tenant_id = self.tenant_id

        unique_id_type: str = self.unique_id_type

        unique_ids = self.unique_ids

        alias = self.alias

        group_id: str | Unset = UNSET
        if not isinstance(self.group_id, Unset):
            group_id = str(self.group_id)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned_blueprint_id": assigned_blueprint_id,
                "id": id,
                "meta": meta,
                "platform": platform,
                "status": status,
                "tenant_id": tenant_id,
                "unique_id_type": unique_id_type,
                "unique_ids": unique_ids,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (SeamlessRequestMetaType0,) = _nested_models()

        d = dict(src_dict)
        assigned_blueprint_id = UUID(d.pop("assigned_blueprint_id"))

        id = UUID(d.pop("id"))

        def _parse_meta(data: object) -> None | SeamlessRequestMetaType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = SeamlessRequestMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeamlessRequestMetaType0, data)

        meta = _parse_meta(d.pop("meta"))

        platform = check_seamless_request_platform(d.pop("platform"))

        status = check_seamless_request_status(d.pop("status"))

        tenant_id = d.pop("tenant_id")

        unique_id_type = check_seamless_request_unique_id_type(d.pop("unique_id_type"))

        unique_ids = d.pop("unique_ids")

        alias = d.pop("alias", UNSET)

        _group_id = d.pop("group_id", UNSET)
        group_id: UUID | Unset
        if isinstance(_group_id, Unset):
            group_id = UNSET
        else:
            group_id = UUID(_group_id)

        tags = cast(list[str], d.pop("tags", UNSET))

        seamless_request = cls(
            assigned_blueprint_id=assigned_blueprint_id,
            id=id,
            meta=meta,
            platform=platform,
            status=status,
            tenant_id=tenant_id,
            unique_id_type=unique_id_type,
            unique_ids=unique_ids,
            alias=alias,
            group_id=group_id,
            tags=tags,
        )

        seamless_request.additional_properties = d
        return seamless_request

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
def _nested_models() -> tuple[type[SeamlessRequestMetaType0],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.seamless_request_meta_type_0 import SeamlessRequestMetaType0  # noqa: PLC0415

    return (SeamlessRequestMetaType0,)
