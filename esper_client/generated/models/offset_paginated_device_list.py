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


T = TypeVar("T", bound="OffsetPaginatedDeviceList")


@_attrs_define
class OffsetPaginatedDeviceList:
    """
    Attributes:
        count (int | Unset):
        next_ (None | str | Unset):
        prev (None | str | Unset):
        results (list[AndroidDeviceV2 | AppleDeviceV2 | LinuxDeviceV2 | WindowsDeviceV2] | Unset):
    """

    count: int | Unset = UNSET
    next_: None | str | Unset = UNSET
    prev: None | str | Unset = UNSET
    results: list[AndroidDeviceV2 | AppleDeviceV2 | LinuxDeviceV2 | WindowsDeviceV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            AndroidDeviceV2,
            AppleDeviceV2,
            LinuxDeviceV2,
            WindowsDeviceV2,
        ) = _nested_models()

        count = self.count

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        prev: None | str | Unset
        if isinstance(self.prev, Unset):
            prev = UNSET
        else:
            prev = self.prev

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
        if count is not UNSET:
            field_dict["count"] = count
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
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
        count = d.pop("count", UNSET)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_prev(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prev = _parse_prev(d.pop("prev", UNSET))

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

        offset_paginated_device_list = cls(
            count=count,
            next_=next_,
            prev=prev,
            results=results,
        )

        offset_paginated_device_list.additional_properties = d
        return offset_paginated_device_list

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
