from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_404_not_found_content import Error404NotFoundContent


T = TypeVar("T", bound="Error404NotFound")


@_attrs_define
class Error404NotFound:
    """
    Attributes:
        code (int):  Default: 404.
        message (str):
        content (Error404NotFoundContent | Unset):
    """

    message: str
    code: int = 404
    content: Error404NotFoundContent | Unset = UNSET
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
        (Error404NotFoundContent,) = _nested_models()

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _content = d.pop("content", UNSET)
        content: Error404NotFoundContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = Error404NotFoundContent.from_dict(_content)

        error_404_not_found = cls(
            code=code,
            message=message,
            content=content,
        )

        error_404_not_found.additional_properties = d
        return error_404_not_found

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
def _nested_models() -> tuple[type[Error404NotFoundContent],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.error_404_not_found_content import Error404NotFoundContent  # noqa: PLC0415

    return (Error404NotFoundContent,)
