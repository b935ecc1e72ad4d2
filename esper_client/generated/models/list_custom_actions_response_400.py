from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_custom_actions_response_400_code import (
    ListCustomActionsResponse400Code,
    check_list_custom_actions_response_400_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCustomActionsResponse400")


@_attrs_define
class ListCustomActionsResponse400:
    """
    Attributes:
        code (ListCustomActionsResponse400Code | Unset):
        errors (list[str] | Unset):
        message (str | Unset):
    """

    code: ListCustomActionsResponse400Code | Unset = UNSET
    errors: list[str] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if errors is not UNSET:
            field_dict["errors"] = errors
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: ListCustomActionsResponse400Code | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = check_list_custom_actions_response_400_code(_code)

        errors = cast(list[str], d.pop("errors", UNSET))

        message = d.pop("message", UNSET)

        list_custom_actions_response_400 = cls(
            code=code,
            errors=errors,
            message=message,
        )

        list_custom_actions_response_400.additional_properties = d
        return list_custom_actions_response_400

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
