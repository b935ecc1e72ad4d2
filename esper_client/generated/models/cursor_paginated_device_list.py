from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.android_device_v2 import AndroidDeviceV2
    from ..models.apple_device_v2 import AppleDeviceV2
    from ..models.linux_device_v2 import LinuxDeviceV2
    from ..models.windows_device_v2 import WindowsDeviceV2


T = TypeVar("T", bound="CursorPaginatedDeviceList")


@_attrs_define
class CursorPaginatedDeviceList:
    """
    Attributes:
        has_more (bool | Unset):
        has_prev (bool | Unset):
        next_cursor (None | str | Unset):
        prev_cursor (None | str | Unset):
        results (list[AndroidDeviceV2 | AppleDeviceV2 | LinuxDeviceV2 | WindowsDeviceV2] | Unset):
    """

    has_more: bool | Unset = UNSET
    has_prev: bool | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    prev_cursor: None | str | Unset = UNSET
    results: list[AndroidDeviceV2 | AppleDeviceV2 | LinuxDeviceV2 | WindowsDeviceV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            AndroidDeviceV2,
            AppleDeviceV2,
            LinuxDeviceV2,
            WindowsDeviceV2,
        ) = _nested_models()

        has_more = self.has_more

        has_prev = self.has_prev

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        prev_cursor: None | str | Unset
        if isinstance(self.prev_cursor, Unset):
            prev_cursor = UNSET
        else:
            prev_cursor = self.prev_cursor

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item: dict[str, Any]
                if isinstance(results_item_data, AndroidDeviceV2):
                    results_item = results_item_data.to_dict()
                elif isinstance(results_item_data, AppleDeviceV2):
                    results_item = results_item_data.to_dict()
                elif isinstance(results_item_data, LinuxDeviceV2):
                    results_item = results_item_data.to_dict()
                else:
                    results_item = results_item_data.to_dict()

                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if has_prev is not UNSET:
            field_dict["has_prev"] = has_prev
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if prev_cursor is not UNSET:
            field_dict["prev_cursor"] = prev_cursor
        if results is not UNSET:
            field_dict["results"] = results

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
        has_more = d.pop("has_more", UNSET)

        has_prev = d.pop("has_prev", UNSET)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        def _parse_prev_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prev_cursor = _parse_prev_cursor(d.pop("prev_cursor", UNSET))

        _results = d.pop("results", UNSET)
        results: list[AndroidDeviceV2 | AppleDeviceV2 | LinuxDeviceV2 | WindowsDeviceV2] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:

                def _parse_results_item(
                    data: object,
                ) -> AndroidDeviceV2 | AppleDeviceV2 | LinuxDeviceV2 | WindowsDeviceV2:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        results_item_type_0 = AndroidDeviceV2.from_dict(data)

                        return results_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        results_item_type_1 = AppleDeviceV2.from_dict(data)

                        return results_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        results_item_type_2 = LinuxDeviceV2.from_dict(data)

                        return results_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_3 = WindowsDeviceV2.from_dict(data)

                    return results_item_type_3

                results_item = _parse_results_item(results_item_data)

                results.append(results_item)

        cursor_paginated_device_list = cls(
            has_more=has_more,
            has_prev=has_prev,
            next_cursor=next_cursor,
            prev_cursor=prev_cursor,
            results=results,
        )

        cursor_paginated_device_list.additional_properties = d
        return cursor_paginated_device_list

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
