from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_custom_actions_response_200_code import (
    UpdateCustomActionsResponse200Code,
    check_update_custom_actions_response_200_code,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_action_read import CustomActionRead


T = TypeVar("T", bound="UpdateCustomActionsResponse200")


@_attrs_define
class UpdateCustomActionsResponse200:
    """
    Attributes:
        code (UpdateCustomActionsResponse200Code | Unset):
        content (CustomActionRead | Unset):
        message (str | Unset):
    """

    code: UpdateCustomActionsResponse200Code | Unset = UNSET
    content: CustomActionRead | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if content is not UNSET:
            field_dict["content"] = content
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (CustomActionRead,) = _nested_models()

        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: UpdateCustomActionsResponse200Code | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = check_update_custom_actions_response_200_code(_code)

        _content = d.pop("content", UNSET)
        content: CustomActionRead | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = CustomActionRead.from_dict(_content)

        message = d.pop("message", UNSET)

        update_custom_actions_response_200 = cls(
            code=code,
            content=content,
            message=message,
        )

        update_custom_actions_response_200.additional_properties = d
        return update_custom_actions_response_200

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
def _nested_models() -> tuple[type[CustomActionRead],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.custom_action_read import CustomActionRead  # noqa: PLC0415

    return (CustomActionRead,)
