from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.android_device_v2 import AndroidDeviceV2
    from ..models.apple_device_v2 import AppleDeviceV2
    from ..models.linux_device_v2 import LinuxDeviceV2
    from ..models.windows_device_v2 import WindowsDeviceV2


T = TypeVar("T", bound="GetDevicesResponse200")


@_attrs_define
class GetDevicesResponse200:
    """
    Attributes:
        code (int | Unset):
        content (AndroidDeviceV2 | AppleDeviceV2 | LinuxDeviceV2 | Unset | WindowsDeviceV2):
        message (str | Unset):
    """

    code: int | Unset = UNSET
    content: AndroidDeviceV2 | AppleDeviceV2 | LinuxDeviceV2 | Unset | WindowsDeviceV2 = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            AndroidDeviceV2,
            AppleDeviceV2,
            LinuxDeviceV2,
            WindowsDeviceV2,
        ) = _nested_models()

        code = self.code

        content: dict[str, Any] | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, AppleDeviceV2):
            content = self.content.to_dict()
        elif isinstance(self.content, AndroidDeviceV2):
            content = self.content.to_dict()
        elif isinstance(self.content, LinuxDeviceV2):
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
            AndroidDeviceV2,
            AppleDeviceV2,
            LinuxDeviceV2,
            WindowsDeviceV2,
        ) = _nested_models()

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        def _parse_content(data: object) -> AndroidDeviceV2 | AppleDeviceV2 | LinuxDeviceV2 | Unset | WindowsDeviceV2:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = AppleDeviceV2.from_dict(data)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_1 = AndroidDeviceV2.from_dict(data)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_2 = LinuxDeviceV2.from_dict(data)

                return content_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            content_type_3 = WindowsDeviceV2.from_dict(data)

            return content_type_3

        content = _parse_content(d.pop("content", UNSET))

        message = d.pop("message", UNSET)

        get_devices_response_200 = cls(
            code=code,
            content=content,
            message=message,
        )

        get_devices_response_200.additional_properties = d
        return get_devices_response_200

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
    type[AndroidDeviceV2],
    type[AppleDeviceV2],
    type[LinuxDeviceV2],
    type[WindowsDeviceV2],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.android_device_v2 import AndroidDeviceV2  # noqa: PLC0415
    from ..models.apple_device_v2 import AppleDeviceV2  # noqa: PLC0415
    from ..models.linux_device_v2 import LinuxDeviceV2  # noqa: PLC0415
    from ..models.windows_device_v2 import WindowsDeviceV2  # noqa: PLC0415

    return (
        AndroidDeviceV2,
        AppleDeviceV2,
        LinuxDeviceV2,
        WindowsDeviceV2,
    )
