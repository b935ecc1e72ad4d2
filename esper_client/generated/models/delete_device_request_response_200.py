from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apple_device import AppleDevice
    from ..models.linux_device import LinuxDevice
    from ..models.windows_device import WindowsDevice


T = TypeVar("T", bound="DeleteDeviceRequestResponse200")


@_attrs_define
class DeleteDeviceRequestResponse200:
    """
    Attributes:
        code (int | Unset):
        content (AppleDevice | LinuxDevice | Unset | WindowsDevice):
        message (str | Unset):
    """

    code: int | Unset = UNSET
    content: AppleDevice | LinuxDevice | Unset | WindowsDevice = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            AppleDevice,
            LinuxDevice,
            WindowsDevice,
        ) = _nested_models()

        code = self.code

        content: dict[str, Any] | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, AppleDevice):
            content = self.content.to_dict()
        elif isinstance(self.content, LinuxDevice):
            content = self.content.to_dict()
        else:
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
        (
            AppleDevice,
            LinuxDevice,
            WindowsDevice,
        ) = _nested_models()

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        def _parse_content(data: object) -> AppleDevice | LinuxDevice | Unset | WindowsDevice:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = AppleDevice.from_dict(data)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_1 = LinuxDevice.from_dict(data)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            content_type_2 = WindowsDevice.from_dict(data)

            return content_type_2

        content = _parse_content(d.pop("content", UNSET))

        message = d.pop("message", UNSET)

        delete_device_request_response_200 = cls(
            code=code,
            content=content,
            message=message,
        )

        delete_device_request_response_200.additional_properties = d
        return delete_device_request_response_200

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
def _nested_models() -> tuple[
    type[AppleDevice],
    type[LinuxDevice],
    type[WindowsDevice],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.apple_device import AppleDevice  # noqa: PLC0415
    from ..models.linux_device import LinuxDevice  # noqa: PLC0415
    from ..models.windows_device import WindowsDevice  # noqa: PLC0415

    return (
        AppleDevice,
        LinuxDevice,
        WindowsDevice,
    )
