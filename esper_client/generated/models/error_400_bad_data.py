from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_400_bad_data_content import Error400BadDataContent


T = TypeVar("T", bound="Error400BadData")


@_attrs_define
class Error400BadData:
    """
    Attributes:
        code (int):  Default: 400.
        message (str):
        content (Error400BadDataContent | Unset):
    """

    message: str
    code: int = 400
    content: Error400BadDataContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (Error400BadDataContent,) = _nested_models()

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _content = d.pop("content", UNSET)
        content: Error400BadDataContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = Error400BadDataContent.from_dict(_content)

        error_400_bad_data = cls(
            code=code,
            message=message,
            content=content,
        )

        error_400_bad_data.additional_properties = d
        return error_400_bad_data

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
def _nested_models() -> tuple[type[Error400BadDataContent],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.error_400_bad_data_content import Error400BadDataContent  # noqa: PLC0415

    return (Error400BadDataContent,)
