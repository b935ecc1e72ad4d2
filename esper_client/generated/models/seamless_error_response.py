from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.seamless_error_response_content import SeamlessErrorResponseContent


T = TypeVar("T", bound="SeamlessErrorResponse")


@_attrs_define
class SeamlessErrorResponse:
    """
    Attributes:
        code (int):
        content (SeamlessErrorResponseContent):
        message (str):
    """

    code: int
    content: SeamlessErrorResponseContent
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        content = self.content.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "content": content,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (SeamlessErrorResponseContent,) = _nested_models()

        d = dict(src_dict)
        code = d.pop("code")

        content = SeamlessErrorResponseContent.from_dict(d.pop("content"))

        message = d.pop("message")

        seamless_error_response = cls(
            code=code,
            content=content,
            message=message,
        )

        seamless_error_response.additional_properties = d
        return seamless_error_response

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
def _nested_models() -> tuple[type[SeamlessErrorResponseContent],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.seamless_error_response_content import SeamlessErrorResponseContent  # noqa: PLC0415

    return (SeamlessErrorResponseContent,)
