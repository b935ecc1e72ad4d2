from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_custom_actions_response_404_code import (
    UpdateCustomActionsResponse404Code,
    check_update_custom_actions_response_404_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomActionsResponse404")


@_attrs_define
class UpdateCustomActionsResponse404:
    """
    Attributes:
        code (UpdateCustomActionsResponse404Code | Unset):
        message (str | Unset):
    """

    code: UpdateCustomActionsResponse404Code | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: UpdateCustomActionsResponse404Code | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = check_update_custom_actions_response_404_code(_code)

        message = d.pop("message", UNSET)

        update_custom_actions_response_404 = cls(
            code=code,
            message=message,
        )

        update_custom_actions_response_404.additional_properties = d
        return update_custom_actions_response_404

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
