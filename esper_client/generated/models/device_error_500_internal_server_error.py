from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_error_500_internal_server_error_content import DeviceError500InternalServerErrorContent


T = TypeVar("T", bound="DeviceError500InternalServerError")


@_attrs_define
class DeviceError500InternalServerError:
    """
    Attributes:
        code (int):  Default: 500.
        message (str):
        content (DeviceError500InternalServerErrorContent | Unset):
    """

    message: str
    code: int = 500
    content: DeviceError500InternalServerErrorContent | Unset = UNSET
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
        (DeviceError500InternalServerErrorContent,) = _nested_models()

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _content = d.pop("content", UNSET)
        content: DeviceError500InternalServerErrorContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = DeviceError500InternalServerErrorContent.from_dict(_content)

        device_error_500_internal_server_error = cls(
            code=code,
            message=message,
            content=content,
        )

        device_error_500_internal_server_error.additional_properties = d
        return device_error_500_internal_server_error

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
def _nested_models() -> tuple[type[DeviceError500InternalServerErrorContent],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.device_error_500_internal_server_error_content import DeviceError500InternalServerErrorContent  # noqa: PLC0415

    return (DeviceError500InternalServerErrorContent,)
