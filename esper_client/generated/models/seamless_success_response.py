from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seamless_success_response_content import SeamlessSuccessResponseContent


T = TypeVar("T", bound="SeamlessSuccessResponse")


@_attrs_define
class SeamlessSuccessResponse:
    """
    Attributes:
        content (SeamlessSuccessResponseContent):
        code (int | Unset):
        message (str | Unset):
    """

    content: SeamlessSuccessResponseContent
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (SeamlessSuccessResponseContent,) = _nested_models()

        d = dict(src_dict)
        content = SeamlessSuccessResponseContent.from_dict(d.pop("content"))

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        seamless_success_response = cls(
            content=content,
            code=code,
            message=message,
        )

        seamless_success_response.additional_properties = d
        return seamless_success_response

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
def _nested_models() -> tuple[type[SeamlessSuccessResponseContent],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.seamless_success_response_content import SeamlessSuccessResponseContent  # noqa: PLC0415

    return (SeamlessSuccessResponseContent,)
