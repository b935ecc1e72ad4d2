from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seamless_info import SeamlessInfo


T = TypeVar("T", bound="SeamlessRequestBody")


@_attrs_define
class SeamlessRequestBody:
    """
    Attributes:
        assigned_blueprint_id (UUID):
        seamless_info (SeamlessInfo):
        alias (None | str | Unset):
        group_id (UUID | Unset):
        tags (list[str] | Unset):
    """

    assigned_blueprint_id: UUID
    seamless_info: SeamlessInfo
    alias: None | str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_blueprint_id = str(self.assigned_blueprint_id)

        seamless_info = self.seamless_info.to_dict()

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
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
                "seamless_info": seamless_info,
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
        (SeamlessInfo,) = _nested_models()

        d = dict(src_dict)
        assigned_blueprint_id = UUID(d.pop("assigned_blueprint_id"))

        seamless_info = SeamlessInfo.from_dict(d.pop("seamless_info"))

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("alias", UNSET))

        _group_id = d.pop("group_id", UNSET)
        group_id: UUID | Unset
        if isinstance(_group_id, Unset):
            group_id = UNSET
        else:
            group_id = UUID(_group_id)

        tags = cast(list[str], d.pop("tags", UNSET))

        seamless_request_body = cls(
            assigned_blueprint_id=assigned_blueprint_id,
            seamless_info=seamless_info,
            alias=alias,
            group_id=group_id,
            tags=tags,
        )

        seamless_request_body.additional_properties = d
        return seamless_request_body

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
def _nested_models() -> tuple[type[SeamlessInfo],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.seamless_info import SeamlessInfo  # noqa: PLC0415

    return (SeamlessInfo,)
