from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cursor_paginated_device_list import CursorPaginatedDeviceList
    from ..models.offset_paginated_device_list import OffsetPaginatedDeviceList


T = TypeVar("T", bound="ListDevicesResponse200")


@_attrs_define
class ListDevicesResponse200:
    """
    Attributes:
        content (CursorPaginatedDeviceList | OffsetPaginatedDeviceList | Unset):
    """

    content: CursorPaginatedDeviceList | OffsetPaginatedDeviceList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            CursorPaginatedDeviceList,
            OffsetPaginatedDeviceList,
        ) = _nested_models()

        content: dict[str, Any] | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, OffsetPaginatedDeviceList):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            CursorPaginatedDeviceList,
            OffsetPaginatedDeviceList,
        ) = _nested_models()

        d = dict(src_dict)

        def _parse_content(data: object) -> CursorPaginatedDeviceList | OffsetPaginatedDeviceList | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = OffsetPaginatedDeviceList.from_dict(data)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            content_type_1 = CursorPaginatedDeviceList.from_dict(data)

            return content_type_1

        content = _parse_content(d.pop("content", UNSET))

        list_devices_response_200 = cls(
            content=content,
        )

        list_devices_response_200.additional_properties = d
        return list_devices_response_200

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
    type[CursorPaginatedDeviceList],
    type[OffsetPaginatedDeviceList],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.cursor_paginated_device_list import CursorPaginatedDeviceList  # noqa: PLC0415
    from ..models.offset_paginated_device_list import OffsetPaginatedDeviceList  # noqa: PLC0415

    return (
        CursorPaginatedDeviceList,
        OffsetPaginatedDeviceList,
    )
