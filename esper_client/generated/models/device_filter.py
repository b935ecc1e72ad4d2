from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_filter_platform_type_0_item import (
    DeviceFilterPlatformType0Item,
    check_device_filter_platform_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceFilter")


@_attrs_define
class DeviceFilter:
    """
    Attributes:
        date (datetime.date | None | Unset):
        platform (list[DeviceFilterPlatformType0Item] | None | Unset):
    """

    date: datetime.date | None | Unset = UNSET
    platform: list[DeviceFilterPlatformType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        platform: list[str] | None | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, list):
            platform = []
            for platform_type_0_item_data in self.platform:
                platform_type_0_item: str = platform_type_0_item_data
                platform.append(platform_type_0_item)

        else:
            platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_platform(data: object) -> list[DeviceFilterPlatformType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                platform_type_0 = []
                _platform_type_0 = data
                for platform_type_0_item_data in _platform_type_0:
                    platform_type_0_item = check_device_filter_platform_type_0_item(platform_type_0_item_data)

                    platform_type_0.append(platform_type_0_item)

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeviceFilterPlatformType0Item] | None | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        device_filter = cls(
            date=date,
            platform=platform,
        )

        device_filter.additional_properties = d
        return device_filter

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
