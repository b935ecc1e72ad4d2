from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personal_access_token_get_response_personal_access_tokens_item import (
        PersonalAccessTokenGetResponsePersonalAccessTokensItem,
    )


T = TypeVar("T", bound="PersonalAccessTokenGetResponse")


@_attrs_define
class PersonalAccessTokenGetResponse:
    """
    Attributes:
        count (int | Unset):
        personal_access_tokens (list[PersonalAccessTokenGetResponsePersonalAccessTokensItem] | Unset):
    """

    count: int | Unset = UNSET
    personal_access_tokens: list[PersonalAccessTokenGetResponsePersonalAccessTokensItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        personal_access_tokens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.personal_access_tokens, Unset):
            personal_access_tokens = []
            for personal_access_tokens_item_data in self.personal_access_tokens:
                personal_access_tokens_item = personal_access_tokens_item_data.to_dict()
                personal_access_tokens.append(personal_access_tokens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if personal_access_tokens is not UNSET:
            field_dict["personal_access_tokens"] = personal_access_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (PersonalAccessTokenGetResponsePersonalAccessTokensItem,) = _nested_models()

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        _personal_access_tokens = d.pop("personal_access_tokens", UNSET)
        personal_access_tokens: list[PersonalAccessTokenGetResponsePersonalAccessTokensItem] | Unset = UNSET
        if _personal_access_tokens is not UNSET:
            personal_access_tokens = []
            for personal_access_tokens_item_data in _personal_access_tokens:
                personal_access_tokens_item = PersonalAccessTokenGetResponsePersonalAccessTokensItem.from_dict(
                    personal_access_tokens_item_data
                )

                personal_access_tokens.append(personal_access_tokens_item)

        personal_access_token_get_response = cls(
            count=count,
            personal_access_tokens=personal_access_tokens,
        )

        personal_access_token_get_response.additional_properties = d
        return personal_access_token_get_response

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
def _nested_models() -> tuple[type[PersonalAccessTokenGetResponsePersonalAccessTokensItem],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.personal_access_token_get_response_personal_access_tokens_item import (
        PersonalAccessTokenGetResponsePersonalAccessTokensItem,  # noqa: PLC0415
    )

    return (PersonalAccessTokenGetResponsePersonalAccessTokensItem,)
