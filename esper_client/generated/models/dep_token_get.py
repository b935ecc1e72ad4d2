from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dep_token_get_state import DEPTokenGETState, check_dep_token_get_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dep_token_get_meta import DEPTokenGETMeta


T = TypeVar("T", bound="DEPTokenGET")


@_attrs_define
class DEPTokenGET:
    """
    Attributes:
        created_at (str | Unset):
        created_by (str | Unset):
        id (str | Unset):
        meta (DEPTokenGETMeta | Unset):
        state (DEPTokenGETState | Unset):
        token_name (str | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
    """

    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    id: str | Unset = UNSET
    meta: DEPTokenGETMeta | Unset = UNSET
    state: DEPTokenGETState | Unset = UNSET
    token_name: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        created_by = self.created_by

        id = self.id

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        token_name = self.token_name

        updated_at = self.updated_at

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if token_name is not UNSET:
            field_dict["token_name"] = token_name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (DEPTokenGETMeta,) = _nested_models()

        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        created_by = d.pop("created_by", UNSET)

        id = d.pop("id", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: DEPTokenGETMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = DEPTokenGETMeta.from_dict(_meta)

        _state = d.pop("state", UNSET)
        state: DEPTokenGETState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_dep_token_get_state(_state)

        token_name = d.pop("token_name", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        dep_token_get = cls(
            created_at=created_at,
            created_by=created_by,
            id=id,
            meta=meta,
            state=state,
            token_name=token_name,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        dep_token_get.additional_properties = d
        return dep_token_get

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
def _nested_models() -> tuple[type[DEPTokenGETMeta],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.dep_token_get_meta import DEPTokenGETMeta  # noqa: PLC0415

    return (DEPTokenGETMeta,)
